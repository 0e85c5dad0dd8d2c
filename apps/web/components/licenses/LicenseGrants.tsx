import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseGrantStatus, LicenseGrants_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { LICENSE_GRANT_STATUS_LABELS } from '@/lib/labels';
import type { CaseColumn } from '@/components/cases/CaseListTable';
import { AskFirst } from '@/components/form/AskFirst';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { ToneTag, type Tone } from '@/components/layout/ToneTag';
import { revokeCodeAction } from './actions';
import { GenerateCodeForm } from './GenerateCodeForm';
import { LICENSES_PATH } from './licenses-path';

export const GrantsFragment = graphql(`
  fragment LicenseGrants_License on License {
    id
    status
    viewerCanAuthorize
    grants(first: 100) {
      nodes {
        id
        status
        createdAt
        expiresAt
        usedAt
        revokedAt
        createdByName
      }
      totalCount
    }
  }
`);

type Row = LicenseGrants_LicenseFragment['grants']['nodes'][number];

const STATUS_TONES: Record<LicenseGrantStatus, Tone> = {
  UNUSED: 'blue',
  USED: 'green',
  REVOKED: 'default',
  EXPIRED: 'default',
};

/**
 * 验证码: 生成验证码 (the code shown once), the codes generated so far with their status, and 撤销 for an
 * unused one, asked first in its row (`revokingId`, from `?revoke=`). Server-rendered; every button is a form.
 */
export function LicenseGrants(props: {
  license: FragmentType<typeof GrantsFragment>;
  /** The name of its table's scroll region, unique on the page (the license's name in it). */
  regionLabel: string;
  revokingId?: string;
}) {
  const license = useFragment(GrantsFragment, props.license);
  const revoke = (row: Row) => (
    <AskFirst
      path={LICENSES_PATH}
      param="revoke"
      id={row.id}
      asking={props.revokingId === row.id}
      action={revokeCodeAction}
      fields={{ grantId: row.id }}
      question="撤销后该验证码不能再使用。确定撤销？"
      text="撤销"
      confirmLabel="确定撤销"
      danger
    />
  );
  const columns: CaseColumn<Row>[] = [
    { key: 'createdAt', title: '生成时间', nowrap: true, cell: (row) => formatDateTime(row.createdAt) },
    { key: 'expiresAt', title: '有效期至', nowrap: true, cell: (row) => formatDateTime(row.expiresAt) },
    { key: 'createdBy', title: '生成人', cell: (row) => row.createdByName },
    {
      key: 'status',
      title: '状态',
      cell: (row) => (
        <>
          <ToneTag tone={STATUS_TONES[row.status]}>{LICENSE_GRANT_STATUS_LABELS[row.status]}</ToneTag>{' '}
          {(row.usedAt ?? row.revokedAt) && (
            <span className="text-secondary data-table__nowrap">
              {formatDateTime(row.usedAt ?? row.revokedAt)}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      title: '操作',
      cell: (row) => (row.status === 'UNUSED' && license.viewerCanAuthorize ? revoke(row) : null),
    },
  ];
  return (
    <>
      {license.viewerCanAuthorize && (
        <GenerateCodeForm licenseId={license.id} active={license.status === 'ACTIVE'} />
      )}
      <ScrollTable
        testId="license-grants"
        label={props.regionLabel}
        minWidth={640}
        columns={columns}
        rows={license.grants.nodes}
        emptyText="尚未生成验证码"
      />
    </>
  );
}
