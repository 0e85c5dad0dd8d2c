import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime, formatDeadlineDay } from '@/lib/format';
import { CASE_SOURCE_LABELS, CASE_STATUS_LABELS, DELIVERY_METHOD_LABELS } from '@/lib/labels';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { PageTitle } from '@/components/layout/PageTitle';
import { CaseApplication } from './CaseApplication';
import { CaseMaterials } from './CaseMaterials';
import { CaseStatusTag } from './CaseStatusTag';

export const CaseDetail_CaseFragment = graphql(`
  fragment CaseDetail_Case on Case {
    businessNumber
    source
    status
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
    commitmentDueAt
    resultSummary
    deliveryMethod
    trackingNumber
    ...CaseApplication_Case
    ...CaseMaterials_Case
    timeline {
      fromStatus
      toStatus
      occurredAt
      actorName
      reason
      missingMaterials
      submittedMaterials
    }
  }
`);

const orDash = (value: string | null | undefined) => value || '—';

/** 办件详情: the case, its materials, its result and delivery, and its timeline (plain HTML, no script). */
export function CaseDetail(props: { case: FragmentType<typeof CaseDetail_CaseFragment> }) {
  const c = useFragment(CaseDetail_CaseFragment, props.case);
  const delivery = c.deliveryMethod ? DELIVERY_METHOD_LABELS[c.deliveryMethod] : undefined;

  return (
    <>
      <PageTitle>{c.item.name}</PageTitle>
      <FieldGrid
        className="section"
        items={[
          { key: 'number', label: '业务编号', children: c.businessNumber },
          { key: 'status', label: '办理状态', children: <CaseStatusTag status={c.status} /> },
          { key: 'item', label: '审批事项', children: c.item.name },
          { key: 'department', label: '审批部门', children: c.department.name },
          { key: 'source', label: '来源', children: CASE_SOURCE_LABELS[c.source] },
          { key: 'applicant', label: '申请人', children: c.applicantName },
          { key: 'applied', label: '申请时间', children: orDash(formatDateTime(c.appliedAt)) },
          { key: 'accepted', label: '受理时间', children: orDash(formatDateTime(c.acceptedAt)) },
          { key: 'completed', label: '办结时间', children: orDash(formatDateTime(c.completedAt)) },
          ...(c.commitmentDueAt
            ? [
                {
                  key: 'commitment',
                  label: '承诺补正期限',
                  children: `${formatDeadlineDay(c.commitmentDueAt)}（当日24时前补齐材料）`,
                },
              ]
            : []),
        ]}
      />

      <CaseApplication case={c} />

      <h2 className="section__title">申请材料</h2>
      <div className="section">
        <CaseMaterials case={c} />
      </div>

      <h2 className="section__title">办理结果</h2>
      <FieldGrid
        className="field-grid--one section"
        items={[
          { key: 'result', label: '办理结果', children: orDash(c.resultSummary) },
          { key: 'delivery', label: '送达方式', children: orDash(delivery) },
          ...(c.deliveryMethod === 'EMS'
            ? [{ key: 'tracking', label: '快递单号', children: orDash(c.trackingNumber) }]
            : []),
        ]}
      />

      <h2 className="section__title">办理过程</h2>
      {c.timeline.length === 0 ? (
        <p className="text-secondary">暂无办理记录</p>
      ) : (
        <ol className="case-timeline">
          {c.timeline.map((event, index) => (
            <li
              key={index}
              className={`case-timeline__event case-timeline__event--${
                event.toStatus === 'REJECTED' ? 'red' : event.toStatus === 'COMPLETED' ? 'green' : 'blue'
              }`}
            >
              <div className="case-timeline__time">{formatDateTime(event.occurredAt)}</div>
              <div>
                <div>
                  {event.fromStatus ? `${CASE_STATUS_LABELS[event.fromStatus]} → ` : ''}
                  {CASE_STATUS_LABELS[event.toStatus]}
                  {event.actorName ? `（${event.actorName}）` : ''}
                </div>
                {event.reason && (
                  <div>
                    {event.toStatus === 'COMPLETED'
                      ? '办理结果'
                      : event.toStatus === 'REJECTED'
                        ? '理由'
                        : '说明'}
                    ：{event.reason}
                  </div>
                )}
                {event.submittedMaterials.length > 0 && (
                  <div>
                    提交补正材料（共 {event.submittedMaterials.length} 个文件）：
                    <ul style={{ margin: 0 }}>
                      {event.submittedMaterials.map((material, i) => (
                        <li key={i}>{material}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {event.missingMaterials.length > 0 && (
                  <div>
                    需补正材料（一次性告知，共 {event.missingMaterials.length} 项）：
                    <ul style={{ margin: 0 }}>
                      {event.missingMaterials.map((material) => (
                        <li key={material}>{material}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
