import Link from 'next/link';
import { Descriptions, Tag, Timeline } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseStatus } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import {
  CASE_LIST_LABELS,
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  DELIVERY_METHOD_LABELS,
} from '@/lib/labels';
import { Paragraph, Text, Title } from '@/components/typography';

export const CaseDetail_CaseFragment = graphql(`
  fragment CaseDetail_Case on Case {
    businessNumber
    source
    status
    list
    item {
      name
      code
    }
    department {
      name
    }
    applicantName
    appliedAt
    acceptedAt
    completedAt
    resultSummary
    deliveryMethod
    trackingNumber
    timeline {
      fromStatus
      toStatus
      occurredAt
      actorName
      reason
      missingMaterials
    }
  }
`);

const STATUS_COLORS: Partial<Record<CaseStatus, string>> = {
  COMPLETED: 'green',
  REJECTED: 'red',
  CORRECTION_REQUIRED: 'orange',
  ACCEPTED_ON_COMMITMENT: 'gold',
  DRAFT: 'default',
};

const orDash = (value: string | null | undefined) => value || '—';

/** 办件详情: the case, its result and delivery, and its timeline. */
export function CaseDetail(props: { case: FragmentType<typeof CaseDetail_CaseFragment> }) {
  const c = useFragment(CaseDetail_CaseFragment, props.case);
  const delivery = c.deliveryMethod ? DELIVERY_METHOD_LABELS[c.deliveryMethod] : undefined;

  return (
    <>
      <Paragraph>
        <Link href={`/personal/cases?list=${c.list}`}>返回{CASE_LIST_LABELS[c.list]}列表</Link>
      </Paragraph>
      <Title level={3} style={{ marginTop: 0 }}>
        {c.item.name}
      </Title>
      <Descriptions
        bordered
        column={2}
        items={[
          { key: 'number', label: '业务编号', children: c.businessNumber },
          {
            key: 'status',
            label: '办理状态',
            children: <Tag color={STATUS_COLORS[c.status] ?? 'blue'}>{CASE_STATUS_LABELS[c.status]}</Tag>,
          },
          { key: 'item', label: '审批事项', children: c.item.name, span: 2 },
          { key: 'department', label: '审批部门', children: c.department.name },
          { key: 'source', label: '来源', children: CASE_SOURCE_LABELS[c.source] },
          { key: 'applicant', label: '申请人', children: c.applicantName },
          { key: 'applied', label: '申请时间', children: orDash(formatDateTime(c.appliedAt)) },
          { key: 'accepted', label: '受理时间', children: orDash(formatDateTime(c.acceptedAt)) },
          { key: 'completed', label: '办结时间', children: orDash(formatDateTime(c.completedAt)) },
        ]}
      />

      <Title level={4}>办理结果</Title>
      <Descriptions
        bordered
        column={1}
        items={[
          { key: 'result', label: '办理结果', children: orDash(c.resultSummary) },
          { key: 'delivery', label: '送达方式', children: orDash(delivery) },
          ...(c.deliveryMethod === 'EMS'
            ? [{ key: 'tracking', label: '邮件号', children: orDash(c.trackingNumber) }]
            : []),
        ]}
      />

      <Title level={4}>办理过程</Title>
      {c.timeline.length === 0 ? (
        <Text type="secondary">暂无办理记录</Text>
      ) : (
        <Timeline
          items={c.timeline.map((event, index) => ({
            key: index,
            color: event.toStatus === 'REJECTED' ? 'red' : event.toStatus === 'COMPLETED' ? 'green' : 'blue',
            title: formatDateTime(event.occurredAt),
            content: (
              <div>
                <div>
                  {event.fromStatus ? `${CASE_STATUS_LABELS[event.fromStatus]} → ` : ''}
                  {CASE_STATUS_LABELS[event.toStatus]}
                  {event.actorName ? `（${event.actorName}）` : ''}
                </div>
                {event.reason && <div>原因：{event.reason}</div>}
                {event.missingMaterials.length > 0 && (
                  <div>
                    需补正材料：
                    <ul style={{ margin: 0 }}>
                      {event.missingMaterials.map((material) => (
                        <li key={material}>{material}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
