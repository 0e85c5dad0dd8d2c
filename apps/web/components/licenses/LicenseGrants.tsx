'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Modal, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { LicenseGrantStatus, LicenseGrants_LicenseFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { LICENSE_GRANT_STATUS_LABELS } from '@/lib/labels';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';
import { Paragraph, Text } from '@/components/typography';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

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

const GenerateLicenseCodeMutation = graphql(`
  mutation GenerateLicenseCode($input: GenerateLicenseCodeInput!) {
    generateLicenseCode(input: $input) {
      code
      grant {
        id
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RevokeLicenseCodeMutation = graphql(`
  mutation RevokeLicenseCode($input: RevokeLicenseCodeInput!) {
    revokeLicenseCode(input: $input) {
      grant {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Row = LicenseGrants_LicenseFragment['grants']['nodes'][number];

const STATUS_COLORS: Record<LicenseGrantStatus, string> = {
  UNUSED: 'blue',
  USED: 'green',
  REVOKED: 'default',
  EXPIRED: 'default',
};

/** 验证码: generate a one-time code (shown once), the codes generated so far with their status, 撤销 for unused ones. */
export function LicenseGrants(props: {
  license: FragmentType<typeof GrantsFragment>;
  /** The name of its table's scroll region, unique on the page (the license's name in it). */
  regionLabel: string;
}) {
  const license = useFragment(GrantsFragment, props.license);
  const router = useRouter();
  const { message } = App.useApp();
  const [, generate] = useMutation(GenerateLicenseCodeMutation);
  const [, revoke] = useMutation(RevokeLicenseCodeMutation);
  const [shown, setShown] = useState<{ code: string; expiresAt: string }>();
  const generation = useFormSubmission();
  const revocation = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });

  async function onGenerate() {
    const input = { licenseId: license.id };
    const payload = await generation.submit(
      () => generate({ input }),
      (data) => data.generateLicenseCode,
    );
    if (payload?.code && payload.grant) {
      setShown({ code: payload.code, expiresAt: payload.grant.expiresAt });
      router.refresh();
    }
  }

  async function onRevoke(grantId: string) {
    if (
      await revocation.submit(
        () => revoke({ input: { grantId } }),
        (data) => data.revokeLicenseCode,
      )
    ) {
      message.success('验证码已撤销');
      router.refresh();
    }
  }

  const columns: TableColumnsType<Row> = [
    { title: '生成时间', key: 'createdAt', width: 170, render: (_, row) => formatDateTime(row.createdAt) },
    { title: '有效期至', key: 'expiresAt', width: 170, render: (_, row) => formatDateTime(row.expiresAt) },
    { title: '生成人', dataIndex: 'createdByName', key: 'createdByName' },
    {
      title: '状态',
      key: 'status',
      width: 170,
      render: (_, row) => (
        <>
          <Tag color={STATUS_COLORS[row.status]}>{LICENSE_GRANT_STATUS_LABELS[row.status]}</Tag>
          {row.usedAt && <Text type="secondary">{formatDateTime(row.usedAt)}</Text>}
          {row.revokedAt && <Text type="secondary">{formatDateTime(row.revokedAt)}</Text>}
        </>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, row) =>
        row.status === 'UNUSED' && license.viewerCanAuthorize ? (
          <Popconfirm title="撤销后该验证码不能再使用。确定撤销？" onConfirm={() => onRevoke(row.id)}>
            <Button size="small" danger>
              撤销
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      {license.viewerCanAuthorize && (
        <div style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            onClick={onGenerate}
            loading={generation.pending}
            disabled={license.status !== 'ACTIVE'}
          >
            生成验证码
          </Button>
          {license.status !== 'ACTIVE' && (
            <Text type="secondary" style={{ marginInlineStart: 8 }}>
              证照已注销或吊销，不能生成验证码。
            </Text>
          )}
        </div>
      )}
      <FormAlert messages={generation.alert} spacing={12} />
      <ScrollRegion label={props.regionLabel} minWidth={640}>
        <Table
          data-testid="license-grants"
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={license.grants.nodes}
          pagination={false}
          locale={{ emptyText: '尚未生成验证码' }}
        />
      </ScrollRegion>
      <Modal
        open={shown !== undefined}
        title="验证码"
        onCancel={() => setShown(undefined)}
        footer={
          <Button type="primary" onClick={() => setShown(undefined)}>
            我已记下
          </Button>
        }
        mask={{ closable: false }}
      >
        {shown && (
          <>
            <Paragraph
              className="code-once"
              data-testid="generated-code"
              copyable={{ text: shown.code, tooltips: ['复制', '已复制'] }}
            >
              {shown.code}
            </Paragraph>
            <Paragraph>有效期至 {formatDateTime(shown.expiresAt)}（北京时间），只能使用一次。</Paragraph>
            <Alert
              type="warning"
              showIcon
              title="验证码只显示这一次，关闭后无法再次查看。请只告诉您授权使用本证照的办事人。"
            />
          </>
        )}
      </Modal>
    </>
  );
}
