import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseDetail } from '@/components/cases/CaseDetail';
import { graphql } from '@/gql';
import { CASE_LIST_LABELS } from '@/lib/labels';
import { loadCaseOrNotFound } from '@/lib/load-case';
import { Paragraph } from '@/components/typography';

export const metadata: Metadata = {
  title: '办件详情',
  description: '办件详情：申请信息、申请材料、办理结果和办理过程。',
};

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
  const node = await loadCaseOrNotFound(CaseDetailQuery, (await params).id);
  return (
    <>
      <Paragraph>
        <Link href={`/personal/cases?list=${node.list}`}>返回{CASE_LIST_LABELS[node.list]}列表</Link>
      </Paragraph>
      <CaseDetail case={node} />
    </>
  );
}
