import { notFound } from 'next/navigation';
import type { TypedDocumentNode } from '@urql/core';
import { decodeIdSegment, isNotFoundError } from './node-id';
import { serverQuery } from './urql-server';

type AnyNode = { __typename: string };

/**
 * The node of type `typename` a page's `[id]` segment names, read with the page's `node(id:)` query; the
 * page's 404 when the API has no such node for this user (an unknown or malformed ID, a node of another
 * type, or one the user may not see — a case of another applicant or department, another department's
 * evaluation — which the API answers as if it did not exist).
 */
export async function loadNodeOrNotFound<Node extends AnyNode, Typename extends Node['__typename']>(
  document: TypedDocumentNode<{ node: Node | null }, { id: string }>,
  idSegment: string,
  typename: Typename,
): Promise<Extract<Node, { __typename: Typename }>> {
  let data;
  try {
    data = await serverQuery(document, { id: decodeIdSegment(idSegment) });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  const node = data.node;
  if (node?.__typename !== typename) notFound();
  return node as Extract<Node, { __typename: Typename }>;
}
