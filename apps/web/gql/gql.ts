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
    "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n      }\n    }\n  }\n": typeof types.CaseDetailPageDocument,
    "\n  query MyCases($list: CaseList!, $source: CaseSource, $first: Int!, $after: String) {\n    myCases(list: $list, source: $source, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    list\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n": typeof types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  fragment PersonalProfile_User on User {\n    name\n    kind\n    maskedIdNumber\n    maskedPhone\n    realNameLevel\n  }\n": typeof types.PersonalProfile_UserFragmentDoc,
    "\n  fragment UserPanel_User on User {\n    name\n    realNameLevel\n  }\n": typeof types.UserPanel_UserFragmentDoc,
    "\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n": typeof types.PersonalSpaceDocument,
};
const documents: Documents = {
    "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n      }\n    }\n  }\n": types.CaseDetailPageDocument,
    "\n  query MyCases($list: CaseList!, $source: CaseSource, $first: Int!, $after: String) {\n    myCases(list: $list, source: $source, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MyCasesDocument,
    "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    list\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n": types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  fragment PersonalProfile_User on User {\n    name\n    kind\n    maskedIdNumber\n    maskedPhone\n    realNameLevel\n  }\n": types.PersonalProfile_UserFragmentDoc,
    "\n  fragment UserPanel_User on User {\n    name\n    realNameLevel\n  }\n": types.UserPanel_UserFragmentDoc,
    "\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n": types.PersonalSpaceDocument,
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
export function graphql(source: "\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetailPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        ...CaseDetail_Case\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases($list: CaseList!, $source: CaseSource, $first: Int!, $after: String) {\n    myCases(list: $list, source: $source, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyCases($list: CaseList!, $source: CaseSource, $first: Int!, $after: String) {\n    myCases(list: $list, source: $source, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_Case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    list\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail_Case on Case {\n    businessNumber\n    source\n    status\n    list\n    item {\n      name\n      code\n    }\n    department {\n      name\n    }\n    applicantName\n    appliedAt\n    acceptedAt\n    completedAt\n    resultSummary\n    deliveryMethod\n    trackingNumber\n    timeline {\n      fromStatus\n      toStatus\n      occurredAt\n      actorName\n      reason\n      missingMaterials\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTable_Case on Case {\n    id\n    businessNumber\n    appliedAt\n    source\n    item {\n      name\n    }\n    department {\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonalSpace {\n    me {\n      id\n      ...UserPanel_User\n      ...PersonalProfile_User\n    }\n    myCases(first: 1) {\n      listCounts {\n        list\n        count\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;