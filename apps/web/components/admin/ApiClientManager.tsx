'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';
import { NameText } from '@/components/layout/NameText';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      clientSecret
      apiClient {
        id
        clientId
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {
    rotateApiClientSecret(input: $input) {
      clientSecret
      apiClient {
        id
        clientId
        previousSecretValidUntil
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DisableApiClientMutation = graphql(`
  mutation DisableApiClient($input: DisableApiClientInput!) {
    disableApiClient(input: $input) {
      revokedTokens
      apiClient {
        id
        isActive
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The scopes an admin may grant, with what each lets the partner system do. */
const SCOPES = [
  { value: 'cases:sync', label: 'cases:sync（同步办件）' },
  { value: 'cases:read', label: 'cases:read（读取办件）' },
  { value: 'evaluations:read', label: 'evaluations:read（读取评价）' },
  { value: 'licenses:publish', label: 'licenses:publish（发布证照）' },
];

const DEFAULT_OVERLAP_MINUTES = 1440;

export interface ApiClientRow {
  id: string;
  clientId: string;
  name: string;
  department: { name: string };
  scopes: string[];
  isActive: boolean;
  createdAt: string;
  lastUsedAt?: string | null;
  secretRotatedAt?: string | null;
  previousSecretValidUntil?: string | null;
  usage: { calls: number; pointsUsed: number; pointsLimit: number; resetAt: string };
  webhookEndpoints: { id: string; isActive: boolean }[];
}

type CreateValues = {
  clientId: string;
  name: string;
  departmentId: string;
  scopes: string[];
  rateLimitPoints?: number | null;
};

type Shown = { clientId: string; secret: string; note: string };

/** 接入系统: list, create (secret shown once), rotate with an overlap, disable. */
export function ApiClientManager(props: {
  clients: ApiClientRow[];
  departments: { id: string; name: string }[];
}) {
  const router = useRouter();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const toast = (messages: string[]) => message.error(messages.join(' '));
  const creation = useFormSubmission({
    form,
    fields: ['clientId', 'name', 'departmentId', 'scopes', 'rateLimitPoints'],
  });
  const { submit: submitOther } = useFormSubmission({ report: toast });
  const [shown, setShown] = useState<Shown | null>(null);
  const [rotating, setRotating] = useState<ApiClientRow | null>(null);
  const [overlap, setOverlap] = useState<number | null>(DEFAULT_OVERLAP_MINUTES);
  const [, create] = useMutation(CreateApiClientMutation);
  const [, rotate] = useMutation(RotateApiClientSecretMutation);
  const [, disable] = useMutation(DisableApiClientMutation);

  async function onCreate(values: CreateValues) {
    const payload = await creation.submit(
      () => create({ input: { ...values, rateLimitPoints: values.rateLimitPoints ?? null } }),
      (data) => data.createApiClient,
    );
    if (!payload) return;
    form.resetFields();
    setShown({
      clientId: payload.apiClient!.clientId,
      secret: payload.clientSecret!,
      note: '接入系统已创建。',
    });
    router.refresh();
  }

  async function onRotate() {
    if (!rotating) return;
    const payload = await submitOther(
      () => rotate({ input: { apiClientId: rotating.id, overlapMinutes: overlap } }),
      (data) => data.rotateApiClientSecret,
    );
    if (!payload) return;
    const until = payload.apiClient!.previousSecretValidUntil;
    setRotating(null);
    setShown({
      clientId: payload.apiClient!.clientId,
      secret: payload.clientSecret!,
      note: until ? `原密钥在 ${formatDateTime(until)} 前仍然有效。` : '原密钥已立即失效。',
    });
    router.refresh();
  }

  function onDisable(client: ApiClientRow) {
    modal.confirm({
      title: `停用 ${client.name}？`,
      content: '停用后该系统的访问令牌立即失效，且不能再获取新令牌。',
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const payload = await submitOther(
          () => disable({ input: { apiClientId: client.id } }),
          (data) => data.disableApiClient,
        );
        if (!payload) return;
        message.success(`已停用，撤销了 ${payload.revokedTokens ?? 0} 个令牌`);
        router.refresh();
      },
    });
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {shown && (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="client-secret"
          title={`${shown.note}${shown.clientId} 的新密钥只显示这一次，请立即复制并交给对方系统：`}
          description={
            <Typography.Text code copyable data-testid="client-secret-value">
              {shown.secret}
            </Typography.Text>
          }
          closable
          onClose={() => setShown(null)}
        />
      )}
      <ScrollRegion label="接入系统列表" minWidth={720}>
        <Table<ApiClientRow>
          rowKey="id"
          data-testid="api-client-table"
          dataSource={props.clients}
          pagination={false}
          size="middle"
          columns={[
            {
              title: '系统',
              render: (_, c) => (
                <>
                  <div>{c.name}</div>
                  <Typography.Text type="secondary" className="identifier-text">
                    {c.clientId}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: '审批部门',
              render: (_, c) => <NameText text={c.department.name} />,
            },
            { title: '权限范围', render: (_, c) => c.scopes.map((s) => <Tag key={s}>{s}</Tag>) },
            {
              title: '状态',
              render: (_, c) => (c.isActive ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>),
            },
            {
              title: '本小时调用 / 额度',
              render: (_, c) => `${c.usage.calls} 次 · ${c.usage.pointsUsed} / ${c.usage.pointsLimit} 点`,
            },
            {
              title: '密钥',
              render: (_, c) =>
                c.previousSecretValidUntil
                  ? `已轮换，原密钥至 ${formatDateTime(c.previousSecretValidUntil)}`
                  : c.secretRotatedAt
                    ? `轮换于 ${formatDateTime(c.secretRotatedAt)}`
                    : '未轮换',
            },
            {
              title: '回调（Webhook）',
              render: (_, c) => (
                <Link
                  href={`/admin/clients/webhooks?client=${encodeURIComponent(c.id)}`}
                  aria-label={`${c.webhookEndpoints.filter((endpoint) => endpoint.isActive).length} 个地址 · 推送记录 ${c.clientId}`}
                >
                  {c.webhookEndpoints.filter((endpoint) => endpoint.isActive).length} 个地址 · 推送记录
                </Link>
              ),
            },
            {
              title: '操作',
              render: (_, c) =>
                c.isActive ? (
                  <Space>
                    <Button size="small" onClick={() => setRotating(c)} aria-label={`轮换密钥 ${c.clientId}`}>
                      轮换密钥
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => onDisable(c)}
                      aria-label={`停用 ${c.clientId}`}
                    >
                      停用
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </ScrollRegion>
      <Modal
        open={rotating !== null}
        title={rotating ? `轮换 ${rotating.name} 的密钥` : ''}
        okText="轮换"
        cancelText="取消"
        onOk={onRotate}
        onCancel={() => setRotating(null)}
        destroyOnHidden
      >
        <p>新密钥只显示一次。重叠期内新旧两个密钥都有效，便于对方系统无中断地更换。</p>
        <label htmlFor="rotate-overlap">重叠期（分钟，0–10080）</label>
        <InputNumber
          id="rotate-overlap"
          min={0}
          max={10080}
          value={overlap}
          onChange={(value) => setOverlap(value)}
          style={{ width: '100%' }}
        />
      </Modal>
      <Card title="新建接入系统">
        <FormAlert messages={creation.alert} />
        <Form<CreateValues> form={form} name="create-api-client" layout="vertical" onFinish={onCreate}>
          <Form.Item name="name" label="系统名称" rules={[{ required: true, message: '请输入系统名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="clientId"
            label="client_id"
            rules={[
              {
                required: true,
                pattern: /^[a-z0-9][a-z0-9-]{2,62}$/,
                message: '3–63 个小写字母、数字或 “-”',
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="departmentId"
            label="审批部门"
            rules={[{ required: true, message: '请选择审批部门' }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          {/* A validator, not `required`: Ant Design would put aria-required on the checkbox group (axe). */}
          <Form.Item
            name="scopes"
            label="权限范围（至少一项）"
            rules={[
              {
                validator: (_, value?: string[]) =>
                  value?.length ? Promise.resolve() : Promise.reject(new Error('请至少选择一项')),
              },
            ]}
          >
            <Checkbox.Group options={SCOPES} />
          </Form.Item>
          <Form.Item name="rateLimitPoints" label="每小时额度（点，留空为默认）">
            <InputNumber min={1} max={10_000_000} style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={creation.pending}>
            创建
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
