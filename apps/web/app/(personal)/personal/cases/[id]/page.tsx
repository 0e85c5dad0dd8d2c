import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseDetail } from '@/components/cases/CaseDetail';
import { CaseDeliveryChoice } from '@/components/delivery/CaseDeliveryChoice';
import { graphql } from '@/gql';
import { CASE_LIST_LABELS } from '@/lib/labels';
import { loadNodeOrNotFound } from '@/lib/load-node';
import { serverQuery } from '@/lib/urql-server';
import { Notice } from '@/components/layout/Notice';

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
        canEvaluate
        evaluation {
          id
        }
        correction {
          open
          items {
            name
          }
        }
        canChooseDeliveryAddress
        deliveryAddress {
          recipientName
          maskedPhone
          address
          postcode
        }
        ...CaseDetail_Case
      }
    }
  }
`);

const AddressOptionsQuery = graphql(`
  query CaseAddressOptions {
    me {
      id
      deliveryAddresses {
        id
        recipientName
        maskedPhone
        address
        isDefault
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

export default async function CasePage({ params }: Props) {
  const node = await loadNodeOrNotFound(CaseDetailQuery, (await params).id, 'Case');
  const caseHref = `/personal/cases/${encodeURIComponent(node.id)}`;
  const addresses = node.canChooseDeliveryAddress
    ? ((await serverQuery(AddressOptionsQuery, {})).me?.deliveryAddresses ?? [])
    : [];
  return (
    <>
      <p>
        <Link href={`/personal/cases?list=${node.list}`}>返回{CASE_LIST_LABELS[node.list]}列表</Link>
        {node.evaluation ? (
          <Link href={`${caseHref}/evaluation`} style={{ marginLeft: 16 }}>
            查看评价
          </Link>
        ) : (
          node.canEvaluate && (
            <Link href={`${caseHref}/evaluate`} style={{ marginLeft: 16 }}>
              评价
            </Link>
          )
        )}
      </p>
      {node.correction?.open && (
        <Notice tone="warning" title="审批部门要求补正材料">
          需补正：{node.correction.items.map((item) => item.name).join('、')}。
          <Link href={`${caseHref}/correction`}>在线提交补正材料</Link>
        </Notice>
      )}
      <CaseDetail case={node} />
      {(node.canChooseDeliveryAddress || node.deliveryAddress) && (
        <CaseDeliveryChoice
          caseId={node.id}
          chosen={node.deliveryAddress ?? null}
          canChoose={node.canChooseDeliveryAddress}
          addresses={addresses}
        />
      )}
    </>
  );
}
