import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseDetail } from '@/components/cases/CaseDetail';
import { graphql } from '@/gql';
import { CASE_LIST_LABELS } from '@/lib/labels';
import { decodeIdSegment, isNotFoundError } from '@/lib/node-id';
import { serverQuery } from '@/lib/urql-server';
import { Paragraph } from '@/components/typography';

export const metadata: Metadata = { title: '办件详情' };

const CaseDetailQuery = graphql(`
  query CaseDetailPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        list
        ...CaseDetail_Case
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  let data;
  try {
    data = await serverQuery(CaseDetailQuery, { id: decodeIdSegment(id) });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  if (data.node?.__typename !== 'Case') notFound();
  return (
    <>
      <Paragraph>
        <Link href={`/personal/cases?list=${data.node.list}`}>
          返回{CASE_LIST_LABELS[data.node.list]}列表
        </Link>
      </Paragraph>
      <CaseDetail case={data.node} />
    </>
  );
}
