import { notFound } from 'next/navigation';
import type { TypedDocumentNode } from '@urql/core';
import { decodeIdSegment, isNotFoundError } from './node-id';
import { serverQuery } from './urql-server';

type AnyNode = { __typename: string };
type EvaluationNode<Node extends AnyNode> = Extract<Node, { __typename: 'Evaluation' }>;

/**
 * The evaluation a page's `[id]` segment names, read with the page's `node(id:)` query; the page's 404 when
 * the API has no such evaluation for this user (unknown, or another department's).
 */
export async function loadEvaluationOrNotFound<Node extends AnyNode>(
  document: TypedDocumentNode<{ node: Node | null }, { id: string }>,
  idSegment: string,
): Promise<EvaluationNode<Node>> {
  let data;
  try {
    data = await serverQuery(document, { id: decodeIdSegment(idSegment) });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  const node = data.node;
  if (node?.__typename !== 'Evaluation') notFound();
  return node as EvaluationNode<Node>;
}
