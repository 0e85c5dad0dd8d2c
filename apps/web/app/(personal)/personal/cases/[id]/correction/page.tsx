import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CorrectionForm } from '@/components/correction/CorrectionForm';
import { CorrectionForm_CorrectionFragment } from '@/components/correction/correction-fragment';
import { graphql, useFragment } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { decodeIdSegment, isNotFoundError } from '@/lib/node-id';
import { serverQuery } from '@/lib/urql-server';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '提交补正材料',
  description: '按审批部门的补正通知在线上传补正材料并提交。',
};

const CorrectionPageQuery = graphql(`
  query CorrectionPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        businessNumber
        item {
          name
        }
        department {
          name
        }
        correction {
          open
          requestedAt
          note
          submittedAt
          ...CorrectionForm_Correction
        }
      }
    }
    uploadLimits {
      maxFileBytes
      maxCaseBytes
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

/** 补正 online: the notice's materials, an upload for each, and 提交补正 (the case goes back to the department). */
export default async function CorrectionPage({ params }: Props) {
  let data;
  try {
    data = await serverQuery(CorrectionPageQuery, { id: decodeIdSegment((await params).id) });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  const node = data.node;
  if (node?.__typename !== 'Case' || !node.correction) notFound();
  const { correction } = node;
  const correctionItems = useFragment(CorrectionForm_CorrectionFragment, correction);
  const caseHref = `/personal/cases/${encodeURIComponent(node.id)}`;

  return (
    <>
      <p>
        <Link href="/personal/cases?list=CORRECTION">返回补正件列表</Link>
        <Link href={caseHref} style={{ marginLeft: 16 }}>
          查看办件
        </Link>
      </p>
      <PageTitle>提交补正材料</PageTitle>
      <FieldGrid
        className="section"
        items={[
          { key: 'businessNumber', label: '业务编号', children: node.businessNumber },
          { key: 'item', label: '审批事项', children: node.item.name },
          { key: 'department', label: '审批部门', children: node.department.name },
          { key: 'requestedAt', label: '补正通知时间', children: formatDateTime(correction.requestedAt) },
          ...(correction.note ? [{ key: 'note', label: '补正说明', children: correction.note }] : []),
        ]}
      />
      {correction.open ? (
        <CorrectionForm caseId={node.id} correction={correctionItems} limits={data.uploadLimits} />
      ) : (
        <p data-testid="correction-closed">
          {correction.submittedAt
            ? `补正材料已于 ${formatDateTime(correction.submittedAt)} 提交，办件已退回审批部门办理。`
            : '该办件已不在补正中，不能再提交补正材料。'}
          <Link href={caseHref} style={{ marginLeft: 8 }}>
            查看办件
          </Link>
        </p>
      )}
    </>
  );
}
