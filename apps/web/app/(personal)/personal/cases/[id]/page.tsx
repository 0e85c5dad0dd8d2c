import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CombinedError } from '@urql/core';
import { CaseDetail } from '@/components/cases/CaseDetail';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '办件详情' };

const CaseDetailQuery = graphql(`
  query CaseDetailPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        ...CaseDetail_Case
      }
    }
  }
`);

/** Errors meaning "no such case for you" rather than a failure. */
const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);

type Props = { params: Promise<{ id: string }> };

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  let data;
  try {
    data = await serverQuery(CaseDetailQuery, { id: decode(id) });
  } catch (error) {
    const code = (e: CombinedError) => e.graphQLErrors.map((g) => String(g.extensions?.code));
    if (error instanceof CombinedError && code(error).some((c) => NOT_FOUND_CODES.has(c))) notFound();
    throw error;
  }
  if (data.node?.__typename !== 'Case') notFound();
  return <CaseDetail case={data.node} />;
}
