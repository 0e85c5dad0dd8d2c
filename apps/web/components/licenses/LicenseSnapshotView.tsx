'use client';

import { Tag } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { LICENSE_STATUS_LABELS } from '@/lib/labels';
import { Text } from '@/components/typography';
import { licenseRegistrationItems } from './license-registration-items';
import { TwoColumnDescriptions } from '@/components/layout/TwoColumnDescriptions';

export const LicenseSnapshotView_SnapshotFragment = graphql(`
  fragment LicenseSnapshotView_Snapshot on LicenseSnapshot {
    identifier
    creditCode
    name
    companyType
    legalRepresentative
    registeredCapital
    establishedOn
    operatingFrom
    operatingTo
    address
    status
    providedBy
    fetchedAt
  }
`);

/** The mark every fetched license carries (the rendered document says the same). */
export function licenseMark(providedBy: string): string {
  return `此件由${providedBy}提供，仅供办理政务服务事项时使用`;
}

/** A license fetched from the license library (证照库), with its level-A mark: its key fields as fetched. */
export function LicenseSnapshotView(props: {
  snapshot: FragmentType<typeof LicenseSnapshotView_SnapshotFragment>;
}) {
  const s = useFragment(LicenseSnapshotView_SnapshotFragment, props.snapshot);
  return (
    <div className="license-snapshot" data-testid="license-snapshot">
      <div className="license-snapshot__mark">
        <Tag color="green">证照库（A级）</Tag>
        <Text type="secondary">{licenseMark(s.providedBy)}</Text>
      </div>
      <TwoColumnDescriptions
        size="small"
        items={[
          { key: 'name', label: '名称', children: s.name },
          ...licenseRegistrationItems(s),
          { key: 'status', label: '登记状态', children: LICENSE_STATUS_LABELS[s.status] },
          { key: 'address', label: '住所', children: s.address, span: 2 },
          { key: 'fetched', label: '获取时间', children: formatDateTime(s.fetchedAt) },
          { key: 'identifier', label: '证照标识', children: <Text copyable={false}>{s.identifier}</Text> },
        ]}
      />
    </div>
  );
}
