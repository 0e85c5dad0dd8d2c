/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EvaluateCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        canEvaluate\n        evaluation {\n          id\n        }\n        evaluationWindow {\n          closesAt\n          dimensions\n        }\n      }\n    }\n  }\n": typeof types.EvaluateCasePageDocument,
    "\n  query CaseEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        evaluation {\n          id\n          canAddFollowUp\n          ...EvaluationView_Evaluation\n        }\n      }\n    }\n  }\n": typeof types.CaseEvaluationPageDocument,
    "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        canEvaluate\n        evaluation {\n          id\n        }\n        ...CaseDetail_Case\n      }\n    }\n  }\n": typeof types.CaseDetailPageDocument,
    "\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n": typeof types.DepartmentCasePageDocument,
    "\n  query DepartmentEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        replyDueAt\n        replyState\n        replyOverdue\n        canReply\n        canRecordCallback\n        canRecordRectification\n        canAppeal\n        appeal {\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decisionNote\n        }\n        case {\n          id\n          businessNumber\n          source\n          applicantName\n          completedAt\n          item {\n            name\n          }\n        }\n        ...EvaluationView_Evaluation\n      }\n    }\n  }\n": typeof types.DepartmentEvaluationPageDocument,
    "\n  query DepartmentEvaluationTasks($state: EvaluationReplyState, $first: Int!, $after: String) {\n    departmentEvaluationTasks(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...EvaluationTaskTable_Evaluation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      stateCounts {\n        state\n        count\n      }\n    }\n  }\n": typeof types.DepartmentEvaluationTasksDocument,
    "\n  query DepartmentItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n": typeof types.DepartmentItemsDocument,
    "\n  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {\n    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DepartmentCaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": typeof types.DepartmentCasesDocument,
    "\n  query WindowDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.WindowDepartmentsDocument,
    "\n  query EvaluationAppealsPage($status: EvaluationAppealStatus, $first: Int!, $after: String) {\n    evaluationAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          department {\n            name\n          }\n          evaluation {\n            id\n            level\n            comment\n            submittedAt\n            case {\n              businessNumber\n              item {\n                name\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.EvaluationAppealsPageDocument,
    "\n  query EvaluationFiguresPage($from: Date, $to: Date) {\n    evaluationFigures(from: $from, to: $to) {\n      asOf\n      overall {\n        ...EvaluationFigures_Row\n      }\n      byDepartment {\n        department {\n          id\n        }\n        ...EvaluationFigures_Row\n      }\n    }\n  }\n": typeof types.EvaluationFiguresPageDocument,
    "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    materials {\n      name\n      trustLevel\n      fileName\n      createdAt\n    }\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n": typeof types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n": typeof types.CaseListPager_ConnectionFragmentDoc,
    "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n    canEvaluate\n    evaluation {\n      id\n    }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  mutation DecideEvaluationAppeal($input: DecideEvaluationAppealInput!) {\n    decideEvaluationAppeal(input: $input) {\n      appeal {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DecideEvaluationAppealDocument,
    "\n  mutation ReplyToEvaluation($input: ReplyToEvaluationInput!) {\n    replyToEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReplyToEvaluationDocument,
    "\n  mutation RecordEvaluationCallback($input: EvaluationNoteInput!) {\n    recordEvaluationCallback(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordEvaluationCallbackDocument,
    "\n  mutation RecordEvaluationRectification($input: EvaluationNoteInput!) {\n    recordEvaluationRectification(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordEvaluationRectificationDocument,
    "\n  mutation FileEvaluationAppeal($input: FileEvaluationAppealInput!) {\n    fileEvaluationAppeal(input: $input) {\n      appeal {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.FileEvaluationAppealDocument,
    "\n  fragment EvaluationFigures_Row on EvaluationFigureRow {\n    department {\n      id\n      name\n    }\n    total\n    active\n    defaults\n    bad\n    goodRate\n    badRate\n    replyRate\n    onTimeReplyRate\n    overdue\n    excludedByAppeal\n  }\n": typeof types.EvaluationFigures_RowFragmentDoc,
    "\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SubmitEvaluationDocument,
    "\n  fragment EvaluationTaskTable_Evaluation on Evaluation {\n    id\n    level\n    comment\n    submittedAt\n    replyDueAt\n    replyState\n    replyOverdue\n    reply {\n      createdAt\n    }\n    case {\n      id\n      businessNumber\n      item {\n        name\n      }\n    }\n  }\n": typeof types.EvaluationTaskTable_EvaluationFragmentDoc,
    "\n  fragment EvaluationView_Note on EvaluationNote {\n    body\n    author\n    createdAt\n  }\n": typeof types.EvaluationView_NoteFragmentDoc,
    "\n  fragment EvaluationView_Evaluation on Evaluation {\n    id\n    level\n    comment\n    channel\n    isDefault\n    submittedAt\n    dimensionScores {\n      dimension\n      score\n    }\n    replyDueAt\n    replyOverdue\n    excludedFromFigures\n    reply {\n      ...EvaluationView_Note\n    }\n    callbacks {\n      ...EvaluationView_Note\n    }\n    rectifications {\n      ...EvaluationView_Note\n    }\n    followUp {\n      ...EvaluationView_Note\n    }\n  }\n": typeof types.EvaluationView_EvaluationFragmentDoc,
    "\n  mutation AddEvaluationFollowUp($input: EvaluationNoteInput!) {\n    addEvaluationFollowUp(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddEvaluationFollowUpDocument,
    "\n  fragment PersonalProfile_User on User {\n    name\n    kind\n    maskedIdNumber\n    maskedPhone\n    realNameLevel\n  }\n": typeof types.PersonalProfile_UserFragmentDoc,
    "\n  fragment UserPanel_User on User {\n    name\n    realNameLevel\n  }\n": typeof types.UserPanel_UserFragmentDoc,
    "\n  fragment CaseActions_Case on Case {\n    id\n    status\n    availableActions\n    item {\n      materials {\n        name\n      }\n    }\n  }\n": typeof types.CaseActions_CaseFragmentDoc,
    "\n  fragment CaseActions_Transition on CaseTransitionPayload {\n    case {\n      id\n      status\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n": typeof types.CaseActions_TransitionFragmentDoc,
    "\n  mutation AcceptCase($input: AcceptCaseInput!) {\n    acceptCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": typeof types.AcceptCaseDocument,
    "\n  mutation RejectCase($input: RejectCaseInput!) {\n    rejectCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": typeof types.RejectCaseDocument,
    "\n  mutation RequestCorrection($input: RequestCorrectionInput!) {\n    requestCorrection(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": typeof types.RequestCorrectionDocument,
    "\n  mutation StartProcessing($input: StartProcessingInput!) {\n    startProcessing(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": typeof types.StartProcessingDocument,
    "\n  mutation CompleteCase($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": typeof types.CompleteCaseDocument,
    "\n  fragment DepartmentCaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    applicantName\n    source\n    status\n    item {\n      name\n    }\n  }\n": typeof types.DepartmentCaseTable_CaseFragmentDoc,
    "\n  query WindowServiceItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n": typeof types.WindowServiceItemsDocument,
    "\n  mutation LookUpCitizen($idNumber: String!) {\n    lookUpCitizen(idNumber: $idNumber) {\n      citizen {\n        id\n        name\n        maskedIdNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LookUpCitizenDocument,
    "\n  mutation RecordWindowCase($input: RecordWindowCaseInput!) {\n    recordWindowCase(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordWindowCaseDocument,
    "\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n": typeof types.PersonalSpaceDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      roles\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query EvaluateCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        canEvaluate\n        evaluation {\n          id\n        }\n        evaluationWindow {\n          closesAt\n          dimensions\n        }\n      }\n    }\n  }\n": types.EvaluateCasePageDocument,
    "\n  query CaseEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        evaluation {\n          id\n          canAddFollowUp\n          ...EvaluationView_Evaluation\n        }\n      }\n    }\n  }\n": types.CaseEvaluationPageDocument,
    "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        canEvaluate\n        evaluation {\n          id\n        }\n        ...CaseDetail_Case\n      }\n    }\n  }\n": types.CaseDetailPageDocument,
    "\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": types.MyCasesDocument,
    "\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n": types.DepartmentCasePageDocument,
    "\n  query DepartmentEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        replyDueAt\n        replyState\n        replyOverdue\n        canReply\n        canRecordCallback\n        canRecordRectification\n        canAppeal\n        appeal {\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decisionNote\n        }\n        case {\n          id\n          businessNumber\n          source\n          applicantName\n          completedAt\n          item {\n            name\n          }\n        }\n        ...EvaluationView_Evaluation\n      }\n    }\n  }\n": types.DepartmentEvaluationPageDocument,
    "\n  query DepartmentEvaluationTasks($state: EvaluationReplyState, $first: Int!, $after: String) {\n    departmentEvaluationTasks(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...EvaluationTaskTable_Evaluation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      stateCounts {\n        state\n        count\n      }\n    }\n  }\n": types.DepartmentEvaluationTasksDocument,
    "\n  query DepartmentItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n": types.DepartmentItemsDocument,
    "\n  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {\n    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DepartmentCaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": types.DepartmentCasesDocument,
    "\n  query WindowDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": types.WindowDepartmentsDocument,
    "\n  query EvaluationAppealsPage($status: EvaluationAppealStatus, $first: Int!, $after: String) {\n    evaluationAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          department {\n            name\n          }\n          evaluation {\n            id\n            level\n            comment\n            submittedAt\n            case {\n              businessNumber\n              item {\n                name\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.EvaluationAppealsPageDocument,
    "\n  query EvaluationFiguresPage($from: Date, $to: Date) {\n    evaluationFigures(from: $from, to: $to) {\n      asOf\n      overall {\n        ...EvaluationFigures_Row\n      }\n      byDepartment {\n        department {\n          id\n        }\n        ...EvaluationFigures_Row\n      }\n    }\n  }\n": types.EvaluationFiguresPageDocument,
    "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    materials {\n      name\n      trustLevel\n      fileName\n      createdAt\n    }\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n": types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n": types.CaseListPager_ConnectionFragmentDoc,
    "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n    canEvaluate\n    evaluation {\n      id\n    }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  mutation DecideEvaluationAppeal($input: DecideEvaluationAppealInput!) {\n    decideEvaluationAppeal(input: $input) {\n      appeal {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DecideEvaluationAppealDocument,
    "\n  mutation ReplyToEvaluation($input: ReplyToEvaluationInput!) {\n    replyToEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ReplyToEvaluationDocument,
    "\n  mutation RecordEvaluationCallback($input: EvaluationNoteInput!) {\n    recordEvaluationCallback(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RecordEvaluationCallbackDocument,
    "\n  mutation RecordEvaluationRectification($input: EvaluationNoteInput!) {\n    recordEvaluationRectification(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RecordEvaluationRectificationDocument,
    "\n  mutation FileEvaluationAppeal($input: FileEvaluationAppealInput!) {\n    fileEvaluationAppeal(input: $input) {\n      appeal {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.FileEvaluationAppealDocument,
    "\n  fragment EvaluationFigures_Row on EvaluationFigureRow {\n    department {\n      id\n      name\n    }\n    total\n    active\n    defaults\n    bad\n    goodRate\n    badRate\n    replyRate\n    onTimeReplyRate\n    overdue\n    excludedByAppeal\n  }\n": types.EvaluationFigures_RowFragmentDoc,
    "\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SubmitEvaluationDocument,
    "\n  fragment EvaluationTaskTable_Evaluation on Evaluation {\n    id\n    level\n    comment\n    submittedAt\n    replyDueAt\n    replyState\n    replyOverdue\n    reply {\n      createdAt\n    }\n    case {\n      id\n      businessNumber\n      item {\n        name\n      }\n    }\n  }\n": types.EvaluationTaskTable_EvaluationFragmentDoc,
    "\n  fragment EvaluationView_Note on EvaluationNote {\n    body\n    author\n    createdAt\n  }\n": types.EvaluationView_NoteFragmentDoc,
    "\n  fragment EvaluationView_Evaluation on Evaluation {\n    id\n    level\n    comment\n    channel\n    isDefault\n    submittedAt\n    dimensionScores {\n      dimension\n      score\n    }\n    replyDueAt\n    replyOverdue\n    excludedFromFigures\n    reply {\n      ...EvaluationView_Note\n    }\n    callbacks {\n      ...EvaluationView_Note\n    }\n    rectifications {\n      ...EvaluationView_Note\n    }\n    followUp {\n      ...EvaluationView_Note\n    }\n  }\n": types.EvaluationView_EvaluationFragmentDoc,
    "\n  mutation AddEvaluationFollowUp($input: EvaluationNoteInput!) {\n    addEvaluationFollowUp(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AddEvaluationFollowUpDocument,
    "\n  fragment PersonalProfile_User on User {\n    name\n    kind\n    maskedIdNumber\n    maskedPhone\n    realNameLevel\n  }\n": types.PersonalProfile_UserFragmentDoc,
    "\n  fragment UserPanel_User on User {\n    name\n    realNameLevel\n  }\n": types.UserPanel_UserFragmentDoc,
    "\n  fragment CaseActions_Case on Case {\n    id\n    status\n    availableActions\n    item {\n      materials {\n        name\n      }\n    }\n  }\n": types.CaseActions_CaseFragmentDoc,
    "\n  fragment CaseActions_Transition on CaseTransitionPayload {\n    case {\n      id\n      status\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n": types.CaseActions_TransitionFragmentDoc,
    "\n  mutation AcceptCase($input: AcceptCaseInput!) {\n    acceptCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": types.AcceptCaseDocument,
    "\n  mutation RejectCase($input: RejectCaseInput!) {\n    rejectCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": types.RejectCaseDocument,
    "\n  mutation RequestCorrection($input: RequestCorrectionInput!) {\n    requestCorrection(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": types.RequestCorrectionDocument,
    "\n  mutation StartProcessing($input: StartProcessingInput!) {\n    startProcessing(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": types.StartProcessingDocument,
    "\n  mutation CompleteCase($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n": types.CompleteCaseDocument,
    "\n  fragment DepartmentCaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    applicantName\n    source\n    status\n    item {\n      name\n    }\n  }\n": types.DepartmentCaseTable_CaseFragmentDoc,
    "\n  query WindowServiceItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n": types.WindowServiceItemsDocument,
    "\n  mutation LookUpCitizen($idNumber: String!) {\n    lookUpCitizen(idNumber: $idNumber) {\n      citizen {\n        id\n        name\n        maskedIdNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LookUpCitizenDocument,
    "\n  mutation RecordWindowCase($input: RecordWindowCaseInput!) {\n    recordWindowCase(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RecordWindowCaseDocument,
    "\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n": types.PersonalSpaceDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      roles\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluateCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        canEvaluate\n        evaluation {\n          id\n        }\n        evaluationWindow {\n          closesAt\n          dimensions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluateCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        canEvaluate\n        evaluation {\n          id\n        }\n        evaluationWindow {\n          closesAt\n          dimensions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        evaluation {\n          id\n          canAddFollowUp\n          ...EvaluationView_Evaluation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        businessNumber\n        item {\n          name\n        }\n        department {\n          name\n        }\n        completedAt\n        evaluation {\n          id\n          canAddFollowUp\n          ...EvaluationView_Evaluation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        canEvaluate\n        evaluation {\n          id\n        }\n        ...CaseDetail_Case\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        canEvaluate\n        evaluation {\n          id\n        }\n        ...CaseDetail_Case\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n"): (typeof documents)["\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        replyDueAt\n        replyState\n        replyOverdue\n        canReply\n        canRecordCallback\n        canRecordRectification\n        canAppeal\n        appeal {\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decisionNote\n        }\n        case {\n          id\n          businessNumber\n          source\n          applicantName\n          completedAt\n          item {\n            name\n          }\n        }\n        ...EvaluationView_Evaluation\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentEvaluationPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        replyDueAt\n        replyState\n        replyOverdue\n        canReply\n        canRecordCallback\n        canRecordRectification\n        canAppeal\n        appeal {\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decisionNote\n        }\n        case {\n          id\n          businessNumber\n          source\n          applicantName\n          completedAt\n          item {\n            name\n          }\n        }\n        ...EvaluationView_Evaluation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentEvaluationTasks($state: EvaluationReplyState, $first: Int!, $after: String) {\n    departmentEvaluationTasks(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...EvaluationTaskTable_Evaluation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      stateCounts {\n        state\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentEvaluationTasks($state: EvaluationReplyState, $first: Int!, $after: String) {\n    departmentEvaluationTasks(state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...EvaluationTaskTable_Evaluation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      stateCounts {\n        state\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DepartmentItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {\n    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DepartmentCaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n"): (typeof documents)["\n  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {\n    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DepartmentCaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query WindowDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationAppealsPage($status: EvaluationAppealStatus, $first: Int!, $after: String) {\n    evaluationAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          department {\n            name\n          }\n          evaluation {\n            id\n            level\n            comment\n            submittedAt\n            case {\n              businessNumber\n              item {\n                name\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EvaluationAppealsPage($status: EvaluationAppealStatus, $first: Int!, $after: String) {\n    evaluationAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          filedAt\n          filedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          department {\n            name\n          }\n          evaluation {\n            id\n            level\n            comment\n            submittedAt\n            case {\n              businessNumber\n              item {\n                name\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationFiguresPage($from: Date, $to: Date) {\n    evaluationFigures(from: $from, to: $to) {\n      asOf\n      overall {\n        ...EvaluationFigures_Row\n      }\n      byDepartment {\n        department {\n          id\n        }\n        ...EvaluationFigures_Row\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationFiguresPage($from: Date, $to: Date) {\n    evaluationFigures(from: $from, to: $to) {\n      asOf\n      overall {\n        ...EvaluationFigures_Row\n      }\n      byDepartment {\n        department {\n          id\n        }\n        ...EvaluationFigures_Row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    materials {\n      name\n      trustLevel\n      fileName\n      createdAt\n    }\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    materials {\n      name\n      trustLevel\n      fileName\n      createdAt\n    }\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n"): (typeof documents)["\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n    canEvaluate\n    evaluation {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n    canEvaluate\n    evaluation {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideEvaluationAppeal($input: DecideEvaluationAppealInput!) {\n    decideEvaluationAppeal(input: $input) {\n      appeal {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideEvaluationAppeal($input: DecideEvaluationAppealInput!) {\n    decideEvaluationAppeal(input: $input) {\n      appeal {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToEvaluation($input: ReplyToEvaluationInput!) {\n    replyToEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToEvaluation($input: ReplyToEvaluationInput!) {\n    replyToEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvaluationCallback($input: EvaluationNoteInput!) {\n    recordEvaluationCallback(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEvaluationCallback($input: EvaluationNoteInput!) {\n    recordEvaluationCallback(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvaluationRectification($input: EvaluationNoteInput!) {\n    recordEvaluationRectification(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEvaluationRectification($input: EvaluationNoteInput!) {\n    recordEvaluationRectification(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileEvaluationAppeal($input: FileEvaluationAppealInput!) {\n    fileEvaluationAppeal(input: $input) {\n      appeal {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FileEvaluationAppeal($input: FileEvaluationAppealInput!) {\n    fileEvaluationAppeal(input: $input) {\n      appeal {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationFigures_Row on EvaluationFigureRow {\n    department {\n      id\n      name\n    }\n    total\n    active\n    defaults\n    bad\n    goodRate\n    badRate\n    replyRate\n    onTimeReplyRate\n    overdue\n    excludedByAppeal\n  }\n"): (typeof documents)["\n  fragment EvaluationFigures_Row on EvaluationFigureRow {\n    department {\n      id\n      name\n    }\n    total\n    active\n    defaults\n    bad\n    goodRate\n    badRate\n    replyRate\n    onTimeReplyRate\n    overdue\n    excludedByAppeal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationTaskTable_Evaluation on Evaluation {\n    id\n    level\n    comment\n    submittedAt\n    replyDueAt\n    replyState\n    replyOverdue\n    reply {\n      createdAt\n    }\n    case {\n      id\n      businessNumber\n      item {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationTaskTable_Evaluation on Evaluation {\n    id\n    level\n    comment\n    submittedAt\n    replyDueAt\n    replyState\n    replyOverdue\n    reply {\n      createdAt\n    }\n    case {\n      id\n      businessNumber\n      item {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationView_Note on EvaluationNote {\n    body\n    author\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EvaluationView_Note on EvaluationNote {\n    body\n    author\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationView_Evaluation on Evaluation {\n    id\n    level\n    comment\n    channel\n    isDefault\n    submittedAt\n    dimensionScores {\n      dimension\n      score\n    }\n    replyDueAt\n    replyOverdue\n    excludedFromFigures\n    reply {\n      ...EvaluationView_Note\n    }\n    callbacks {\n      ...EvaluationView_Note\n    }\n    rectifications {\n      ...EvaluationView_Note\n    }\n    followUp {\n      ...EvaluationView_Note\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationView_Evaluation on Evaluation {\n    id\n    level\n    comment\n    channel\n    isDefault\n    submittedAt\n    dimensionScores {\n      dimension\n      score\n    }\n    replyDueAt\n    replyOverdue\n    excludedFromFigures\n    reply {\n      ...EvaluationView_Note\n    }\n    callbacks {\n      ...EvaluationView_Note\n    }\n    rectifications {\n      ...EvaluationView_Note\n    }\n    followUp {\n      ...EvaluationView_Note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvaluationFollowUp($input: EvaluationNoteInput!) {\n    addEvaluationFollowUp(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvaluationFollowUp($input: EvaluationNoteInput!) {\n    addEvaluationFollowUp(input: $input) {\n      evaluation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalProfile_User on User {\n    name\n    kind\n    maskedIdNumber\n    maskedPhone\n    realNameLevel\n  }\n"): (typeof documents)["\n  fragment PersonalProfile_User on User {\n    name\n    kind\n    maskedIdNumber\n    maskedPhone\n    realNameLevel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserPanel_User on User {\n    name\n    realNameLevel\n  }\n"): (typeof documents)["\n  fragment UserPanel_User on User {\n    name\n    realNameLevel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseActions_Case on Case {\n    id\n    status\n    availableActions\n    item {\n      materials {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseActions_Case on Case {\n    id\n    status\n    availableActions\n    item {\n      materials {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseActions_Transition on CaseTransitionPayload {\n    case {\n      id\n      status\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment CaseActions_Transition on CaseTransitionPayload {\n    case {\n      id\n      status\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($input: AcceptCaseInput!) {\n    acceptCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCase($input: AcceptCaseInput!) {\n    acceptCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCase($input: RejectCaseInput!) {\n    rejectCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCase($input: RejectCaseInput!) {\n    rejectCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCorrection($input: RequestCorrectionInput!) {\n    requestCorrection(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCorrection($input: RequestCorrectionInput!) {\n    requestCorrection(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProcessing($input: StartProcessingInput!) {\n    startProcessing(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"): (typeof documents)["\n  mutation StartProcessing($input: StartProcessingInput!) {\n    startProcessing(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCase($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteCase($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...CaseActions_Transition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentCaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    applicantName\n    source\n    status\n    item {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DepartmentCaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    applicantName\n    source\n    status\n    item {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowServiceItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query WindowServiceItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LookUpCitizen($idNumber: String!) {\n    lookUpCitizen(idNumber: $idNumber) {\n      citizen {\n        id\n        name\n        maskedIdNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LookUpCitizen($idNumber: String!) {\n    lookUpCitizen(idNumber: $idNumber) {\n      citizen {\n        id\n        name\n        maskedIdNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWindowCase($input: RecordWindowCaseInput!) {\n    recordWindowCase(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWindowCase($input: RecordWindowCaseInput!) {\n    recordWindowCase(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      roles\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      roles\n      department {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;