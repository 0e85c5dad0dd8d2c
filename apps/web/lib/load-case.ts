import { notFound } from 'next/navigation';
import type { TypedDocumentNode } from '@urql/core';
import { decodeIdSegment, isNotFoundError } from './node-id';
import { serverQuery } from './urql-server';

type AnyNode = { __typename: string };
type CaseNode<Node extends AnyNode> = Extract<Node, { __typename: 'Case' }>;

const isCase = <Node extends AnyNode>(node: Node | null): node is CaseNode<Node> =>
  node?.__typename === 'Case';

/**
 * The case a detail page's `[id]` segment names, read with the page's `node(id:)` query; the page's 404 when
 * the API has no such case for this user (an unknown or malformed ID, or a case of another applicant or
 * department, which the API answers as if it did not exist).
 */
export async function loadCaseOrNotFound<Node extends AnyNode>(
  document: TypedDocumentNode<{ node: Node | null }, { id: string }>,
  idSegment: string,
): Promise<CaseNode<Node>> {
  let data;
  try {
    data = await serverQuery(document, { id: decodeIdSegment(idSegment) });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  if (!isCase(data.node)) notFound();
  return data.node;
}
