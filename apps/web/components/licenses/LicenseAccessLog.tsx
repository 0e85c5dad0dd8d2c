import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseAccessLog_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { LICENSE_ACCESS_OUTCOME_LABELS } from '@/lib/labels';
import type { CaseColumn } from '@/components/cases/CaseListTable';
import { ScrollTable } from '@/components/layout/ScrollTable';

export const AccessLogFragment = graphql(`
  fragment LicenseAccessLog_License on License {
    accessLog(first: 100) {
      nodes {
        id
        occurredAt
        accessorName
        accessorMaskedIdNumber
        businessNumber
        itemName
        purpose
        outcome
      }
      totalCount
    }
  }
`);

type Row = LicenseAccessLog_LicenseFragment['accessLog']['nodes'][number];

const columns: CaseColumn<Row>[] = [
  { key: 'occurredAt', title: '获取时间', nowrap: true, cell: (row) => formatDateTime(row.occurredAt) },
  {
    key: 'accessor',
    title: '获取人',
    cell: (row) => `${row.accessorName}（${row.accessorMaskedIdNumber}）`,
  },
  {
    key: 'case',
    title: '办件',
    cell: (row) => [row.businessNumber, row.itemName].filter(Boolean).join(' ') || '—',
  },
  { key: 'purpose', title: '用途', cell: (row) => row.purpose },
  { key: 'outcome', title: '结果', nowrap: true, cell: (row) => LICENSE_ACCESS_OUTCOME_LABELS[row.outcome] },
];

/** 用证记录: every fetch of the license — who, when, for which case and purpose (the latest 100). */
export function LicenseAccessLog(props: {
  license: FragmentType<typeof AccessLogFragment>;
  /** The name of its table's scroll region, unique on the page (the license's name in it). */
  regionLabel: string;
}) {
  const { accessLog } = useFragment(AccessLogFragment, props.license);
  return (
    <>
      <ScrollTable
        testId="license-access-log"
        label={props.regionLabel}
        minWidth={640}
        columns={columns}
        rows={accessLog.nodes}
        emptyText="暂无用证记录 — 他人使用验证码获取本证照后，记录会显示在这里。"
      />
      {accessLog.totalCount > accessLog.nodes.length && (
        <p className="text-secondary">仅显示最近100条，共{accessLog.totalCount}条</p>
      )}
    </>
  );
}
