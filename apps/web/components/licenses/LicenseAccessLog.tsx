'use client';

import { Table, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseAccessLog_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { LICENSE_ACCESS_OUTCOME_LABELS } from '@/lib/labels';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

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

const columns: TableColumnsType<Row> = [
  { title: '获取时间', key: 'occurredAt', width: 170, render: (_, row) => formatDateTime(row.occurredAt) },
  {
    title: '获取人',
    key: 'accessor',
    render: (_, row) => `${row.accessorName}（${row.accessorMaskedIdNumber}）`,
  },
  {
    title: '办件',
    key: 'case',
    render: (_, row) => [row.businessNumber, row.itemName].filter(Boolean).join(' ') || '—',
  },
  { title: '用途', dataIndex: 'purpose', key: 'purpose' },
  {
    title: '结果',
    key: 'outcome',
    width: 90,
    render: (_, row) => LICENSE_ACCESS_OUTCOME_LABELS[row.outcome],
  },
];

/** 用证记录: every fetch of the license — who, when, for which case and purpose. */
export function LicenseAccessLog(props: {
  license: FragmentType<typeof AccessLogFragment>;
  /** The name of its table's scroll region, unique on the page (the license's name in it). */
  regionLabel: string;
}) {
  const { accessLog } = useFragment(AccessLogFragment, props.license);
  return (
    <ScrollRegion label={props.regionLabel} minWidth={640}>
      <Table
        data-testid="license-access-log"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={accessLog.nodes}
        pagination={false}
        locale={{ emptyText: '暂无用证记录 — 他人使用验证码获取本证照后，记录会显示在这里。' }}
        footer={
          accessLog.totalCount > accessLog.nodes.length
            ? () => `仅显示最近100条，共${accessLog.totalCount}条`
            : undefined
        }
      />
    </ScrollRegion>
  );
}
