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
    "\n  query ApplicationPage($itemId: ID!, $caseId: ID!, $withCase: Boolean!) {\n    item: node(id: $itemId) {\n      __typename\n      ... on ServiceItem {\n        id\n        onlineApplicable\n        applicationForm\n        ...ApplicationWizard_Item\n      }\n    }\n    draft: node(id: $caseId) @include(if: $withCase) {\n      __typename\n      ... on Case {\n        id\n        status\n        item {\n          id\n        }\n        ...ApplicationWizard_Case\n      }\n    }\n    uploadLimits {\n      ...ApplicationWizard_Limits\n    }\n  }\n": typeof types.ApplicationPageDocument,
    "\n  query CataloguePage($search: String, $departmentId: ID, $after: String) {\n    departments {\n      id\n      name\n    }\n    catalogueItems(search: $search, departmentId: $departmentId, first: 50, after: $after) {\n      nodes {\n        ...CatalogueTable_Item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        ...CaseDetail_Case\n      }\n    }\n  }\n": typeof types.CaseDetailPageDocument,
    "\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query MyLicensesPage {\n    myLicenses {\n      id\n      ...LicenseCard_License\n    }\n  }\n": typeof types.MyLicensesPageDocument,
    "\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n": typeof types.DepartmentCasePageDocument,
    "\n  query DepartmentItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n": typeof types.DepartmentItemsDocument,
    "\n  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {\n    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DepartmentCaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": typeof types.DepartmentCasesDocument,
    "\n  query WindowDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.WindowDepartmentsDocument,
    "\n  fragment ApplicationWizard_Item on ServiceItem {\n    id\n    name\n    promisedDays\n    department {\n      name\n    }\n    materials {\n      id\n      name\n      required\n      sortOrder\n      licenseType\n    }\n  }\n": typeof types.ApplicationWizard_ItemFragmentDoc,
    "\n  fragment ApplicationWizard_Limits on UploadLimits {\n    maxFileBytes\n    maxCaseBytes\n  }\n": typeof types.ApplicationWizard_LimitsFragmentDoc,
    "\n  fragment ApplicationWizard_Case on Case {\n    id\n    businessNumber\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n    materials {\n      ...DraftMaterial\n    }\n  }\n": typeof types.ApplicationWizard_CaseFragmentDoc,
    "\n  fragment CatalogueTable_Item on ServiceItem {\n    id\n    name\n    onlineApplicable\n    applicationForm\n    promisedDays\n    department {\n      name\n    }\n  }\n": typeof types.CatalogueTable_ItemFragmentDoc,
    "\n  fragment DraftMaterial on CaseMaterial {\n    id\n    name\n    fileName\n    sizeBytes\n    trustLevel\n    downloadUrl\n    itemMaterial {\n      id\n    }\n    licenseSnapshot {\n      ...LicenseSnapshotView_Snapshot\n    }\n  }\n": typeof types.DraftMaterialFragmentDoc,
    "\n  query DraftMaterials($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        materials {\n          ...DraftMaterial\n        }\n      }\n    }\n  }\n": typeof types.DraftMaterialsDocument,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SaveApplicationDraftDocument,
    "\n  mutation SubmitApplication($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      case {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation RemoveCaseMaterial($input: RemoveCaseMaterialInput!) {\n    removeCaseMaterial(input: $input) {\n      removedMaterialId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RemoveCaseMaterialDocument,
    "\n  mutation FetchLicenseMaterial($input: FetchLicenseMaterialInput!) {\n    fetchLicenseMaterial(input: $input) {\n      material {\n        id\n      }\n      lockedUntil\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.FetchLicenseMaterialDocument,
    "\n  fragment CaseApplication_Case on Case {\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n  }\n": typeof types.CaseApplication_CaseFragmentDoc,
    "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    ...CaseApplication_Case\n    ...CaseMaterials_Case\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n": typeof types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n": typeof types.CaseListPager_ConnectionFragmentDoc,
    "\n  fragment CaseMaterials_Case on Case {\n    materials {\n      id\n      name\n      trustLevel\n      fileName\n      sizeBytes\n      downloadUrl\n      createdAt\n      licenseSnapshot {\n        ...LicenseSnapshotView_Snapshot\n      }\n    }\n  }\n": typeof types.CaseMaterials_CaseFragmentDoc,
    "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    status\n    item {\n      id\n      name\n      applicationForm\n    }\n    department {\n      name\n    }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  fragment LicenseAccessLog_License on License {\n    accessLog(first: 100) {\n      nodes {\n        id\n        occurredAt\n        accessorName\n        accessorMaskedIdNumber\n        businessNumber\n        itemName\n        purpose\n        outcome\n      }\n      totalCount\n    }\n  }\n": typeof types.LicenseAccessLog_LicenseFragmentDoc,
    "\n  fragment LicenseAdministrators_License on License {\n    id\n    viewerIsLegalRepresentative\n    administrators {\n      id\n      name\n      maskedIdNumber\n      appointedAt\n    }\n  }\n": typeof types.LicenseAdministrators_LicenseFragmentDoc,
    "\n  mutation AppointLicenseAdministrator($input: AppointLicenseAdministratorInput!) {\n    appointLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AppointLicenseAdministratorDocument,
    "\n  mutation RemoveLicenseAdministrator($input: RemoveLicenseAdministratorInput!) {\n    removeLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RemoveLicenseAdministratorDocument,
    "\n  fragment LicenseCard_License on License {\n    id\n    name\n    creditCode\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    businessScope\n    registrationAuthority\n    status\n    viewerIsLegalRepresentative\n    viewerCanAuthorize\n    ...LicenseGrants_License\n    ...LicenseAdministrators_License\n    ...LicenseAccessLog_License\n  }\n": typeof types.LicenseCard_LicenseFragmentDoc,
    "\n  fragment LicenseGrants_License on License {\n    id\n    status\n    viewerCanAuthorize\n    grants(first: 100) {\n      nodes {\n        id\n        status\n        createdAt\n        expiresAt\n        usedAt\n        revokedAt\n        createdByName\n      }\n      totalCount\n    }\n  }\n": typeof types.LicenseGrants_LicenseFragmentDoc,
    "\n  mutation GenerateLicenseCode($input: GenerateLicenseCodeInput!) {\n    generateLicenseCode(input: $input) {\n      code\n      grant {\n        id\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.GenerateLicenseCodeDocument,
    "\n  mutation RevokeLicenseCode($input: RevokeLicenseCodeInput!) {\n    revokeLicenseCode(input: $input) {\n      grant {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RevokeLicenseCodeDocument,
    "\n  fragment LicenseSnapshotView_Snapshot on LicenseSnapshot {\n    identifier\n    creditCode\n    name\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    status\n    providedBy\n    fetchedAt\n  }\n": typeof types.LicenseSnapshotView_SnapshotFragmentDoc,
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
    "\n  query ApplicationPage($itemId: ID!, $caseId: ID!, $withCase: Boolean!) {\n    item: node(id: $itemId) {\n      __typename\n      ... on ServiceItem {\n        id\n        onlineApplicable\n        applicationForm\n        ...ApplicationWizard_Item\n      }\n    }\n    draft: node(id: $caseId) @include(if: $withCase) {\n      __typename\n      ... on Case {\n        id\n        status\n        item {\n          id\n        }\n        ...ApplicationWizard_Case\n      }\n    }\n    uploadLimits {\n      ...ApplicationWizard_Limits\n    }\n  }\n": types.ApplicationPageDocument,
    "\n  query CataloguePage($search: String, $departmentId: ID, $after: String) {\n    departments {\n      id\n      name\n    }\n    catalogueItems(search: $search, departmentId: $departmentId, first: 50, after: $after) {\n      nodes {\n        ...CatalogueTable_Item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CataloguePageDocument,
    "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        ...CaseDetail_Case\n      }\n    }\n  }\n": types.CaseDetailPageDocument,
    "\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": types.MyCasesDocument,
    "\n  query MyLicensesPage {\n    myLicenses {\n      id\n      ...LicenseCard_License\n    }\n  }\n": types.MyLicensesPageDocument,
    "\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n": types.DepartmentCasePageDocument,
    "\n  query DepartmentItems($departmentId: ID!) {\n    serviceItems(departmentId: $departmentId) {\n      id\n      name\n    }\n  }\n": types.DepartmentItemsDocument,
    "\n  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {\n    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DepartmentCaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n": types.DepartmentCasesDocument,
    "\n  query WindowDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": types.WindowDepartmentsDocument,
    "\n  fragment ApplicationWizard_Item on ServiceItem {\n    id\n    name\n    promisedDays\n    department {\n      name\n    }\n    materials {\n      id\n      name\n      required\n      sortOrder\n      licenseType\n    }\n  }\n": types.ApplicationWizard_ItemFragmentDoc,
    "\n  fragment ApplicationWizard_Limits on UploadLimits {\n    maxFileBytes\n    maxCaseBytes\n  }\n": types.ApplicationWizard_LimitsFragmentDoc,
    "\n  fragment ApplicationWizard_Case on Case {\n    id\n    businessNumber\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n    materials {\n      ...DraftMaterial\n    }\n  }\n": types.ApplicationWizard_CaseFragmentDoc,
    "\n  fragment CatalogueTable_Item on ServiceItem {\n    id\n    name\n    onlineApplicable\n    applicationForm\n    promisedDays\n    department {\n      name\n    }\n  }\n": types.CatalogueTable_ItemFragmentDoc,
    "\n  fragment DraftMaterial on CaseMaterial {\n    id\n    name\n    fileName\n    sizeBytes\n    trustLevel\n    downloadUrl\n    itemMaterial {\n      id\n    }\n    licenseSnapshot {\n      ...LicenseSnapshotView_Snapshot\n    }\n  }\n": types.DraftMaterialFragmentDoc,
    "\n  query DraftMaterials($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        materials {\n          ...DraftMaterial\n        }\n      }\n    }\n  }\n": types.DraftMaterialsDocument,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SaveApplicationDraftDocument,
    "\n  mutation SubmitApplication($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      case {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation RemoveCaseMaterial($input: RemoveCaseMaterialInput!) {\n    removeCaseMaterial(input: $input) {\n      removedMaterialId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RemoveCaseMaterialDocument,
    "\n  mutation FetchLicenseMaterial($input: FetchLicenseMaterialInput!) {\n    fetchLicenseMaterial(input: $input) {\n      material {\n        id\n      }\n      lockedUntil\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.FetchLicenseMaterialDocument,
    "\n  fragment CaseApplication_Case on Case {\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n  }\n": types.CaseApplication_CaseFragmentDoc,
    "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    ...CaseApplication_Case\n    ...CaseMaterials_Case\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n": types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n": types.CaseListPager_ConnectionFragmentDoc,
    "\n  fragment CaseMaterials_Case on Case {\n    materials {\n      id\n      name\n      trustLevel\n      fileName\n      sizeBytes\n      downloadUrl\n      createdAt\n      licenseSnapshot {\n        ...LicenseSnapshotView_Snapshot\n      }\n    }\n  }\n": types.CaseMaterials_CaseFragmentDoc,
    "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    status\n    item {\n      id\n      name\n      applicationForm\n    }\n    department {\n      name\n    }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  fragment LicenseAccessLog_License on License {\n    accessLog(first: 100) {\n      nodes {\n        id\n        occurredAt\n        accessorName\n        accessorMaskedIdNumber\n        businessNumber\n        itemName\n        purpose\n        outcome\n      }\n      totalCount\n    }\n  }\n": types.LicenseAccessLog_LicenseFragmentDoc,
    "\n  fragment LicenseAdministrators_License on License {\n    id\n    viewerIsLegalRepresentative\n    administrators {\n      id\n      name\n      maskedIdNumber\n      appointedAt\n    }\n  }\n": types.LicenseAdministrators_LicenseFragmentDoc,
    "\n  mutation AppointLicenseAdministrator($input: AppointLicenseAdministratorInput!) {\n    appointLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AppointLicenseAdministratorDocument,
    "\n  mutation RemoveLicenseAdministrator($input: RemoveLicenseAdministratorInput!) {\n    removeLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RemoveLicenseAdministratorDocument,
    "\n  fragment LicenseCard_License on License {\n    id\n    name\n    creditCode\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    businessScope\n    registrationAuthority\n    status\n    viewerIsLegalRepresentative\n    viewerCanAuthorize\n    ...LicenseGrants_License\n    ...LicenseAdministrators_License\n    ...LicenseAccessLog_License\n  }\n": types.LicenseCard_LicenseFragmentDoc,
    "\n  fragment LicenseGrants_License on License {\n    id\n    status\n    viewerCanAuthorize\n    grants(first: 100) {\n      nodes {\n        id\n        status\n        createdAt\n        expiresAt\n        usedAt\n        revokedAt\n        createdByName\n      }\n      totalCount\n    }\n  }\n": types.LicenseGrants_LicenseFragmentDoc,
    "\n  mutation GenerateLicenseCode($input: GenerateLicenseCodeInput!) {\n    generateLicenseCode(input: $input) {\n      code\n      grant {\n        id\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.GenerateLicenseCodeDocument,
    "\n  mutation RevokeLicenseCode($input: RevokeLicenseCodeInput!) {\n    revokeLicenseCode(input: $input) {\n      grant {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RevokeLicenseCodeDocument,
    "\n  fragment LicenseSnapshotView_Snapshot on LicenseSnapshot {\n    identifier\n    creditCode\n    name\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    status\n    providedBy\n    fetchedAt\n  }\n": types.LicenseSnapshotView_SnapshotFragmentDoc,
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
export function graphql(source: "\n  query ApplicationPage($itemId: ID!, $caseId: ID!, $withCase: Boolean!) {\n    item: node(id: $itemId) {\n      __typename\n      ... on ServiceItem {\n        id\n        onlineApplicable\n        applicationForm\n        ...ApplicationWizard_Item\n      }\n    }\n    draft: node(id: $caseId) @include(if: $withCase) {\n      __typename\n      ... on Case {\n        id\n        status\n        item {\n          id\n        }\n        ...ApplicationWizard_Case\n      }\n    }\n    uploadLimits {\n      ...ApplicationWizard_Limits\n    }\n  }\n"): (typeof documents)["\n  query ApplicationPage($itemId: ID!, $caseId: ID!, $withCase: Boolean!) {\n    item: node(id: $itemId) {\n      __typename\n      ... on ServiceItem {\n        id\n        onlineApplicable\n        applicationForm\n        ...ApplicationWizard_Item\n      }\n    }\n    draft: node(id: $caseId) @include(if: $withCase) {\n      __typename\n      ... on Case {\n        id\n        status\n        item {\n          id\n        }\n        ...ApplicationWizard_Case\n      }\n    }\n    uploadLimits {\n      ...ApplicationWizard_Limits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage($search: String, $departmentId: ID, $after: String) {\n    departments {\n      id\n      name\n    }\n    catalogueItems(search: $search, departmentId: $departmentId, first: 50, after: $after) {\n      nodes {\n        ...CatalogueTable_Item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CataloguePage($search: String, $departmentId: ID, $after: String) {\n    departments {\n      id\n      name\n    }\n    catalogueItems(search: $search, departmentId: $departmentId, first: 50, after: $after) {\n      nodes {\n        ...CatalogueTable_Item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        ...CaseDetail_Case\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        list\n        ...CaseDetail_Case\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n"): (typeof documents)["\n  query MyCases(\n    $list: CaseList!\n    $source: CaseSource\n    $appliedFrom: Date\n    $appliedTo: Date\n    $keyword: String\n    $first: Int!\n    $after: String\n  ) {\n    myCases(\n      list: $list\n      source: $source\n      appliedFrom: $appliedFrom\n      appliedTo: $appliedTo\n      keyword: $keyword\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      ...CaseListPager_Connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLicensesPage {\n    myLicenses {\n      id\n      ...LicenseCard_License\n    }\n  }\n"): (typeof documents)["\n  query MyLicensesPage {\n    myLicenses {\n      id\n      ...LicenseCard_License\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentCasePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n        ...CaseActions_Case\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ApplicationWizard_Item on ServiceItem {\n    id\n    name\n    promisedDays\n    department {\n      name\n    }\n    materials {\n      id\n      name\n      required\n      sortOrder\n      licenseType\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationWizard_Item on ServiceItem {\n    id\n    name\n    promisedDays\n    department {\n      name\n    }\n    materials {\n      id\n      name\n      required\n      sortOrder\n      licenseType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationWizard_Limits on UploadLimits {\n    maxFileBytes\n    maxCaseBytes\n  }\n"): (typeof documents)["\n  fragment ApplicationWizard_Limits on UploadLimits {\n    maxFileBytes\n    maxCaseBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationWizard_Case on Case {\n    id\n    businessNumber\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n    materials {\n      ...DraftMaterial\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationWizard_Case on Case {\n    id\n    businessNumber\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n    materials {\n      ...DraftMaterial\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueTable_Item on ServiceItem {\n    id\n    name\n    onlineApplicable\n    applicationForm\n    promisedDays\n    department {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueTable_Item on ServiceItem {\n    id\n    name\n    onlineApplicable\n    applicationForm\n    promisedDays\n    department {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftMaterial on CaseMaterial {\n    id\n    name\n    fileName\n    sizeBytes\n    trustLevel\n    downloadUrl\n    itemMaterial {\n      id\n    }\n    licenseSnapshot {\n      ...LicenseSnapshotView_Snapshot\n    }\n  }\n"): (typeof documents)["\n  fragment DraftMaterial on CaseMaterial {\n    id\n    name\n    fileName\n    sizeBytes\n    trustLevel\n    downloadUrl\n    itemMaterial {\n      id\n    }\n    licenseSnapshot {\n      ...LicenseSnapshotView_Snapshot\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftMaterials($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        materials {\n          ...DraftMaterial\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftMaterials($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        materials {\n          ...DraftMaterial\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      case {\n        id\n        businessNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      case {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      case {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCaseMaterial($input: RemoveCaseMaterialInput!) {\n    removeCaseMaterial(input: $input) {\n      removedMaterialId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCaseMaterial($input: RemoveCaseMaterialInput!) {\n    removeCaseMaterial(input: $input) {\n      removedMaterialId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FetchLicenseMaterial($input: FetchLicenseMaterialInput!) {\n    fetchLicenseMaterial(input: $input) {\n      material {\n        id\n      }\n      lockedUntil\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FetchLicenseMaterial($input: FetchLicenseMaterialInput!) {\n    fetchLicenseMaterial(input: $input) {\n      material {\n        id\n      }\n      lockedUntil\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseApplication_Case on Case {\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseApplication_Case on Case {\n    application {\n      foreignInvestmentProject {\n        projectName\n        location\n        totalInvestment {\n          amount\n          currency\n        }\n        investors {\n          name\n          countryOrRegion\n          sharePercent\n        }\n        industry\n        constructionContent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    ...CaseApplication_Case\n    ...CaseMaterials_Case\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    commitmentDueAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    ...CaseApplication_Case\n    ...CaseMaterials_Case\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n"): (typeof documents)["\n  fragment CaseListPager_Connection on CaseConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseMaterials_Case on Case {\n    materials {\n      id\n      name\n      trustLevel\n      fileName\n      sizeBytes\n      downloadUrl\n      createdAt\n      licenseSnapshot {\n        ...LicenseSnapshotView_Snapshot\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseMaterials_Case on Case {\n    materials {\n      id\n      name\n      trustLevel\n      fileName\n      sizeBytes\n      downloadUrl\n      createdAt\n      licenseSnapshot {\n        ...LicenseSnapshotView_Snapshot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    status\n    item {\n      id\n      name\n      applicationForm\n    }\n    department {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    status\n    item {\n      id\n      name\n      applicationForm\n    }\n    department {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseAccessLog_License on License {\n    accessLog(first: 100) {\n      nodes {\n        id\n        occurredAt\n        accessorName\n        accessorMaskedIdNumber\n        businessNumber\n        itemName\n        purpose\n        outcome\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment LicenseAccessLog_License on License {\n    accessLog(first: 100) {\n      nodes {\n        id\n        occurredAt\n        accessorName\n        accessorMaskedIdNumber\n        businessNumber\n        itemName\n        purpose\n        outcome\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseAdministrators_License on License {\n    id\n    viewerIsLegalRepresentative\n    administrators {\n      id\n      name\n      maskedIdNumber\n      appointedAt\n    }\n  }\n"): (typeof documents)["\n  fragment LicenseAdministrators_License on License {\n    id\n    viewerIsLegalRepresentative\n    administrators {\n      id\n      name\n      maskedIdNumber\n      appointedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointLicenseAdministrator($input: AppointLicenseAdministratorInput!) {\n    appointLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointLicenseAdministrator($input: AppointLicenseAdministratorInput!) {\n    appointLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLicenseAdministrator($input: RemoveLicenseAdministratorInput!) {\n    removeLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLicenseAdministrator($input: RemoveLicenseAdministratorInput!) {\n    removeLicenseAdministrator(input: $input) {\n      license {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseCard_License on License {\n    id\n    name\n    creditCode\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    businessScope\n    registrationAuthority\n    status\n    viewerIsLegalRepresentative\n    viewerCanAuthorize\n    ...LicenseGrants_License\n    ...LicenseAdministrators_License\n    ...LicenseAccessLog_License\n  }\n"): (typeof documents)["\n  fragment LicenseCard_License on License {\n    id\n    name\n    creditCode\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    businessScope\n    registrationAuthority\n    status\n    viewerIsLegalRepresentative\n    viewerCanAuthorize\n    ...LicenseGrants_License\n    ...LicenseAdministrators_License\n    ...LicenseAccessLog_License\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseGrants_License on License {\n    id\n    status\n    viewerCanAuthorize\n    grants(first: 100) {\n      nodes {\n        id\n        status\n        createdAt\n        expiresAt\n        usedAt\n        revokedAt\n        createdByName\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment LicenseGrants_License on License {\n    id\n    status\n    viewerCanAuthorize\n    grants(first: 100) {\n      nodes {\n        id\n        status\n        createdAt\n        expiresAt\n        usedAt\n        revokedAt\n        createdByName\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateLicenseCode($input: GenerateLicenseCodeInput!) {\n    generateLicenseCode(input: $input) {\n      code\n      grant {\n        id\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateLicenseCode($input: GenerateLicenseCodeInput!) {\n    generateLicenseCode(input: $input) {\n      code\n      grant {\n        id\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeLicenseCode($input: RevokeLicenseCodeInput!) {\n    revokeLicenseCode(input: $input) {\n      grant {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeLicenseCode($input: RevokeLicenseCodeInput!) {\n    revokeLicenseCode(input: $input) {\n      grant {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseSnapshotView_Snapshot on LicenseSnapshot {\n    identifier\n    creditCode\n    name\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    status\n    providedBy\n    fetchedAt\n  }\n"): (typeof documents)["\n  fragment LicenseSnapshotView_Snapshot on LicenseSnapshot {\n    identifier\n    creditCode\n    name\n    companyType\n    legalRepresentative\n    registeredCapital\n    establishedOn\n    operatingFrom\n    operatingTo\n    address\n    status\n    providedBy\n    fetchedAt\n  }\n"];
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