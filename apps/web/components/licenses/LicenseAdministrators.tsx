'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Form, Input, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseAdministrators_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { idNumberProblem, normalizeIdNumber } from '@/lib/id-number';
import { requestErrorMessage, splitUserErrors } from '@/lib/user-errors';
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
        field
        code
        message
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
        field
        code
        message
      }
    }
  }
`);

const MAX_ADMINISTRATORS = 5;

type Row = LicenseAdministrators_LicenseFragment['administrators'][number];

/** 证照管理员: up to five people the legal representative lets generate codes; only they appoint and remove. */
export function LicenseAdministrators(props: { license: FragmentType<typeof AdministratorsFragment> }) {
  const license = useFragment(AdministratorsFragment, props.license);
  const router = useRouter();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ idNumber: string }>();
  const [, appoint] = useMutation(AppointMutation);
  const [, remove] = useMutation(RemoveMutation);
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const full = license.administrators.length >= MAX_ADMINISTRATORS;

  async function onAppoint({ idNumber }: { idNumber: string }) {
    setPending(true);
    setAlert([]);
    try {
      const result = await appoint({
        input: { licenseId: license.id, idNumber: normalizeIdNumber(idNumber) },
      });
      const payload = result.data?.appointLicenseAdministrator;
      if (result.error || !payload) setAlert([requestErrorMessage(result.error ?? { graphQLErrors: [] })]);
      else if (payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, ['idNumber']);
        form.setFields(split.fields as Parameters<typeof form.setFields>[0]);
        setAlert(split.others);
      } else {
        form.resetFields();
        message.success('已指定证照管理员');
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  }

  async function onRemove(administratorId: string) {
    const result = await remove({ input: { licenseId: license.id, administratorId } });
    const payload = result.data?.removeLicenseAdministrator;
    if (result.error || !payload) message.error(requestErrorMessage(result.error ?? { graphQLErrors: [] }));
    else if (payload.userErrors.length > 0) message.error(payload.userErrors.map((e) => e.message).join(' '));
    else {
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
      {alert.length > 0 && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={alert.join(' ')} />
      )}
      <ScrollRegion label="证照管理员" minWidth={480}>
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
