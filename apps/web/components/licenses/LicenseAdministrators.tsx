'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form, Input, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseAdministrators_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { idNumberProblem, normalizeIdNumber } from '@/lib/id-number';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';
import { Paragraph } from '@/components/typography';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

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

const AppointMutation = graphql(`
  mutation AppointLicenseAdministrator($input: AppointLicenseAdministratorInput!) {
    appointLicenseAdministrator(input: $input) {
      license {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RemoveMutation = graphql(`
  mutation RemoveLicenseAdministrator($input: RemoveLicenseAdministratorInput!) {
    removeLicenseAdministrator(input: $input) {
      license {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MAX_ADMINISTRATORS = 5;

type Row = LicenseAdministrators_LicenseFragment['administrators'][number];

/** 证照管理员: up to five people the legal representative lets generate codes; only they appoint and remove. */
export function LicenseAdministrators(props: {
  license: FragmentType<typeof AdministratorsFragment>;
  /** The name of its table's scroll region, unique on the page (the license's name in it). */
  regionLabel: string;
}) {
  const license = useFragment(AdministratorsFragment, props.license);
  const router = useRouter();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ idNumber: string }>();
  const [, appoint] = useMutation(AppointMutation);
  const [, remove] = useMutation(RemoveMutation);
  const { alert, pending, submit } = useFormSubmission({ form, fields: ['idNumber'] });
  const removal = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });
  const full = license.administrators.length >= MAX_ADMINISTRATORS;

  async function onAppoint({ idNumber }: { idNumber: string }) {
    const input = { licenseId: license.id, idNumber: normalizeIdNumber(idNumber) };
    if (
      await submit(
        () => appoint({ input }),
        (data) => data.appointLicenseAdministrator,
      )
    ) {
      form.resetFields();
      message.success('已指定证照管理员');
      router.refresh();
    }
  }

  async function onRemove(administratorId: string) {
    const input = { licenseId: license.id, administratorId };
    if (
      await removal.submit(
        () => remove({ input }),
        (data) => data.removeLicenseAdministrator,
      )
    ) {
      message.success('已取消证照管理员');
      router.refresh();
    }
  }

  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '身份证号', dataIndex: 'maskedIdNumber', key: 'maskedIdNumber' },
    {
      title: '指定时间',
      key: 'appointedAt',
      width: 170,
      render: (_, row) => formatDateTime(row.appointedAt),
    },
    ...(license.viewerIsLegalRepresentative
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, row: Row) => (
              <Popconfirm title={`取消${row.name}的证照管理员资格？`} onConfirm={() => onRemove(row.id)}>
                <Button size="small" danger>
                  取消
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Paragraph type="secondary">
        证照管理员可以为本证照生成验证码。由法定代表人指定，最多{MAX_ADMINISTRATORS}
        人；被指定人须已在大厅注册。
      </Paragraph>
      {license.viewerIsLegalRepresentative && (
        <Form
          form={form}
          layout="inline"
          onFinish={onAppoint}
          disabled={pending || full}
          style={{ marginBottom: 12 }}
        >
          <Form.Item
            name="idNumber"
            label="身份证号"
            rules={[
              { required: true, whitespace: true, message: '请输入身份证号' },
              {
                validator: (_, value: string | undefined) =>
                  !value || idNumberProblem(value) === null
                    ? Promise.resolve()
                    : Promise.reject(new Error('身份证号格式不正确')),
              },
            ]}
          >
            <Input maxLength={18} style={{ width: 220 }} placeholder="被指定人的居民身份证号" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={pending}>
              指定管理员
            </Button>
          </Form.Item>
        </Form>
      )}
      {full && license.viewerIsLegalRepresentative && (
        <Paragraph type="secondary">已指定{MAX_ADMINISTRATORS}名证照管理员，如需更换请先取消一人。</Paragraph>
      )}
      <FormAlert messages={alert} spacing={12} />
      <ScrollRegion label={props.regionLabel} minWidth={480}>
        <Table
          data-testid="license-administrators"
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={license.administrators}
          pagination={false}
          locale={{ emptyText: '尚未指定证照管理员' }}
        />
      </ScrollRegion>
    </>
  );
}
