import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseStatus } from '@/gql/graphql';
import { LICENSE_STATUS_LABELS } from '@/lib/labels';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { ToneTag, type Tone } from '@/components/layout/ToneTag';
import { LicenseAccessLog } from './LicenseAccessLog';
import { licenseRegistrationItems } from './license-registration-items';
import { LicenseAdministrators } from './LicenseAdministrators';
import { LicenseGrants } from './LicenseGrants';

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
    ...LicenseGrants_License
    ...LicenseAdministrators_License
    ...LicenseAccessLog_License
  }
`);

const STATUS_TONES: Record<LicenseStatus, Tone> = {
  ACTIVE: 'green',
  CANCELLED: 'default',
  REVOKED: 'red',
};

/** What the page's address asks of one card: a row's question before 撤销 / 取消, a fresh form after a change. */
export type LicenseCardAsk = { revokingId?: string; removingId?: string; version?: string };

/**
 * One license in 我的证照: its fields, then 验证码, 证照管理员 and 用证记录 one below the other. Server-rendered;
 * only 生成验证码 and 指定管理员 are small client forms.
 */
export function LicenseCard(props: {
  license: FragmentType<typeof LicenseCard_LicenseFragment>;
  ask: LicenseCardAsk;
}) {
  const license = useFragment(LicenseCard_LicenseFragment, props.license);
  return (
    <article className="panel license-card" data-testid="license-card">
      <header className="license-card__head">
        <h2 className="section__title">电子营业执照 — {license.name}</h2>
        <ToneTag tone={STATUS_TONES[license.status]}>{LICENSE_STATUS_LABELS[license.status]}</ToneTag>
      </header>
      <FieldGrid
        items={[
          ...licenseRegistrationItems(license),
          { key: 'authority', label: '登记机关', children: license.registrationAuthority },
          { key: 'status', label: '登记状态', children: LICENSE_STATUS_LABELS[license.status] },
          { key: 'address', label: '住所', children: license.address, wide: true },
          { key: 'scope', label: '经营范围', children: license.businessScope, wide: true },
        ]}
      />
      <h3 className="license-card__part">验证码</h3>
      <LicenseGrants
        license={license}
        regionLabel={`${license.name} 验证码`}
        revokingId={props.ask.revokingId}
      />
      <h3 className="license-card__part">证照管理员</h3>
      <LicenseAdministrators
        license={license}
        regionLabel={`${license.name} 证照管理员`}
        removingId={props.ask.removingId}
        version={props.ask.version}
      />
      <h3 className="license-card__part">用证记录</h3>
      <LicenseAccessLog license={license} regionLabel={`${license.name} 用证记录`} />
    </article>
  );
}
