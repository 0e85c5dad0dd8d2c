'use client';

import { Table, Tag, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseMaterials_CaseFragment } from '@/gql/graphql';
import { formatBytes } from '@/lib/decimal-text';
import { formatDateTime } from '@/lib/format';
import { TRUST_LEVEL_LABELS } from '@/lib/labels';
import { LicenseSnapshotView } from '@/components/licenses/LicenseSnapshotView';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

export const MaterialsFragment = graphql(`
  fragment CaseMaterials_Case on Case {
    materials {
      id
      name
      trustLevel
      fileName
      sizeBytes
      downloadUrl
      createdAt
      isCorrection
      licenseSnapshot {
        ...LicenseSnapshotView_Snapshot
      }
    }
  }
`);

type Row = CaseMaterials_CaseFragment['materials'][number];

const columns: TableColumnsType<Row> = [
  {
    title: '材料名称',
    key: 'name',
    render: (_, row) => (
      <>
        {row.name}
        {row.isCorrection && (
          <Tag color="orange" style={{ marginLeft: 8 }}>
            补正材料
          </Tag>
        )}
      </>
    ),
  },
  {
    title: '可信等级',
    key: 'trustLevel',
    width: 170,
    render: (_, row) =>
      row.licenseSnapshot ? (
        <Tag color="green">证照库（A级）</Tag>
      ) : (
        (TRUST_LEVEL_LABELS[row.trustLevel] ?? row.trustLevel)
      ),
  },
  { title: '文件', key: 'fileName', render: (_, row) => row.fileName || '—' },
  { title: '大小', key: 'size', width: 90, render: (_, row) => formatBytes(row.sizeBytes) || '—' },
  { title: '提交时间', key: 'createdAt', width: 170, render: (_, row) => formatDateTime(row.createdAt) },
  {
    title: '操作',
    key: 'actions',
    width: 110,
    render: (_, row) =>
      row.downloadUrl ? (
        <>
          <a href={row.downloadUrl} target="_blank" rel="noreferrer">
            查看
          </a>
          {' / '}
          <a href={`${row.downloadUrl}?download=1`} download>
            下载
          </a>
        </>
      ) : (
        '—'
      ),
  },
];

/** 申请材料 of a case: trust level, file, size and 查看/下载; a fetched license also shows its data and mark. */
export function CaseMaterials(props: { case: FragmentType<typeof MaterialsFragment> }) {
  const { materials } = useFragment(MaterialsFragment, props.case);
  return (
    <ScrollRegion label="申请材料" minWidth={720}>
      <Table
        data-testid="case-materials"
        rowKey="id"
        columns={columns}
        dataSource={materials}
        pagination={false}
        size="small"
        locale={{ emptyText: '暂无材料' }}
        expandable={{
          rowExpandable: (row) => row.licenseSnapshot !== null,
          expandedRowRender: (row) =>
            row.licenseSnapshot ? <LicenseSnapshotView snapshot={row.licenseSnapshot} /> : null,
          defaultExpandAllRows: true,
          showExpandColumn: false,
          expandedRowKeys: materials.filter((m) => m.licenseSnapshot).map((m) => m.id),
        }}
      />
    </ScrollRegion>
  );
}
