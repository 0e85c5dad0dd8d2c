'use client';

import { Card, Tabs, Tag } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseStatus } from '@/gql/graphql';
import { LICENSE_STATUS_LABELS } from '@/lib/labels';
import { LicenseAccessLog } from './LicenseAccessLog';
import { licenseRegistrationItems } from './license-registration-items';
import { LicenseAdministrators } from './LicenseAdministrators';
import { LicenseGrants } from './LicenseGrants';
import { TwoColumnDescriptions } from '@/components/layout/TwoColumnDescriptions';

export const LicenseCard_LicenseFragment = graphql(`
  fragment LicenseCard_License on License {
    id
    name
    creditCode
    companyType
    legalRepresentative
    registeredCapital
    establishedOn
    operatingFrom
    operatingTo
    address
    businessScope
    registrationAuthority
    status
    viewerIsLegalRepresentative
    viewerCanAuthorize
    ...LicenseGrants_License
    ...LicenseAdministrators_License
    ...LicenseAccessLog_License
  }
`);

const STATUS_COLORS: Record<LicenseStatus, string> = {
  ACTIVE: 'green',
  CANCELLED: 'default',
  REVOKED: 'red',
};

/** One license in 我的证照: its fields, then 验证码, 证照管理员 and 用证记录 as tabs. */
export function LicenseCard(props: { license: FragmentType<typeof LicenseCard_LicenseFragment> }) {
  const license = useFragment(LicenseCard_LicenseFragment, props.license);
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={`电子营业执照 — ${license.name}`}
      extra={<Tag color={STATUS_COLORS[license.status]}>{LICENSE_STATUS_LABELS[license.status]}</Tag>}
      className="license-card"
      data-testid="license-card"
    >
      <TwoColumnDescriptions
        size="small"
        bordered
        items={[
          ...licenseRegistrationItems(license),
          { key: 'address', label: '住所', children: license.address, span: 2 },
          { key: 'scope', label: '经营范围', children: license.businessScope, span: 2 },
          { key: 'authority', label: '登记机关', children: license.registrationAuthority },
          { key: 'status', label: '登记状态', children: LICENSE_STATUS_LABELS[license.status] },
        ]}
      />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'grants',
            label: '验证码',
            children: <LicenseGrants license={license} regionLabel={`${license.name} 验证码`} />,
          },
          {
            key: 'administrators',
            label: '证照管理员',
            children: <LicenseAdministrators license={license} regionLabel={`${license.name} 证照管理员`} />,
          },
          {
            key: 'access',
            label: '用证记录',
            children: <LicenseAccessLog license={license} regionLabel={`${license.name} 用证记录`} />,
          },
        ]}
      />
    </Card>
  );
}
