import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { LICENSE_STATUS_LABELS } from '@/lib/labels';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { ToneTag } from '@/components/layout/ToneTag';
import { licenseRegistrationItems } from './license-registration-items';

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

/**
 * A license fetched from the license library (证照库), with its level-A mark: its key fields as fetched.
 * Plain HTML (no client code of its own): server-rendered among a case's materials, and drawn by the
 * application form's materials step too.
 */
export function LicenseSnapshotView(props: {
  snapshot: FragmentType<typeof LicenseSnapshotView_SnapshotFragment>;
}) {
  const s = useFragment(LicenseSnapshotView_SnapshotFragment, props.snapshot);
  return (
    <div className="license-snapshot" data-testid="license-snapshot">
      <div className="license-snapshot__mark">
        <ToneTag tone="green">证照库（A级）</ToneTag>
        <span className="text-secondary">{licenseMark(s.providedBy)}</span>
      </div>
      <FieldGrid
        items={[
          { key: 'name', label: '名称', children: s.name },
          ...licenseRegistrationItems(s).map((item) => ({
            key: String(item.key),
            label: item.label,
            children: item.children,
          })),
          { key: 'status', label: '登记状态', children: LICENSE_STATUS_LABELS[s.status] },
          { key: 'fetched', label: '获取时间', children: formatDateTime(s.fetchedAt) },
          { key: 'identifier', label: '证照标识', children: s.identifier },
          { key: 'address', label: '住所', children: s.address, wide: true },
        ]}
      />
    </div>
  );
}
