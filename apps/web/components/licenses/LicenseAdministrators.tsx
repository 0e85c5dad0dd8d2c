import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseAdministrators_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import type { CaseColumn } from '@/components/cases/CaseListTable';
import { AskFirst } from '@/components/form/AskFirst';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { removeAdministratorAction } from './actions';
import { AppointAdministratorForm } from './AppointAdministratorForm';
import { LICENSES_PATH } from './licenses-path';

export const AdministratorsFragment = graphql(`
  fragment LicenseAdministrators_License on License {
    id
    viewerIsLegalRepresentative
    administrators {
      id
      name
      maskedIdNumber
      appointedAt
    }
  }
`);

const MAX_ADMINISTRATORS = 5;

type Row = LicenseAdministrators_LicenseFragment['administrators'][number];

/**
 * 证照管理员: up to five people the legal representative lets generate codes; only they appoint (by ID
 * number) and remove (取消, asked first in the row: `removingId`, from `?remove=`). Server-rendered.
 */
export function LicenseAdministrators(props: {
  license: FragmentType<typeof AdministratorsFragment>;
  /** The name of its table's scroll region, unique on the page (the license's name in it). */
  regionLabel: string;
  removingId?: string;
  /** Changes with every answer of an action, so the form starts afresh after one. */
  version?: string;
}) {
  const license = useFragment(AdministratorsFragment, props.license);
  const full = license.administrators.length >= MAX_ADMINISTRATORS;
  const remove = (row: Row) => (
    <AskFirst
      path={LICENSES_PATH}
      param="remove"
      id={row.id}
      asking={props.removingId === row.id}
      action={removeAdministratorAction}
      fields={{ licenseId: license.id, administratorId: row.id }}
      question={`取消${row.name}的证照管理员资格？`}
      text="取消"
      label={`取消：${row.name}`}
      confirmText="确定"
      confirmLabel={`确定取消：${row.name}`}
      backText="返回"
      danger
    />
  );
  const columns: CaseColumn<Row>[] = [
    { key: 'name', title: '姓名', cell: (row) => row.name },
    { key: 'idNumber', title: '身份证号', nowrap: true, cell: (row) => row.maskedIdNumber },
    { key: 'appointedAt', title: '指定时间', nowrap: true, cell: (row) => formatDateTime(row.appointedAt) },
    ...(license.viewerIsLegalRepresentative ? [{ key: 'actions', title: '操作', cell: remove }] : []),
  ];
  return (
    <>
      <p className="text-secondary">
        证照管理员可以为本证照生成验证码。由法定代表人指定，最多{MAX_ADMINISTRATORS}
        人；被指定人须已在大厅注册。
      </p>
      {license.viewerIsLegalRepresentative && (
        <AppointAdministratorForm key={props.version} licenseId={license.id} full={full} />
      )}
      {full && license.viewerIsLegalRepresentative && (
        <p className="text-secondary">已指定{MAX_ADMINISTRATORS}名证照管理员，如需更换请先取消一人。</p>
      )}
      <ScrollTable
        testId="license-administrators"
        label={props.regionLabel}
        minWidth={480}
        columns={columns}
        rows={license.administrators}
        emptyText="尚未指定证照管理员"
      />
    </>
  );
}
