'use client';

import { useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Radio,
  Select,
  Tabs,
  type DatePickerProps,
} from 'antd';
import { useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseAction, DeliveryMethod } from '@/gql/graphql';
import { cstDayOf } from '@/lib/format';
import {
  CASE_ACTION_DONE_LABELS,
  CASE_ACTION_LABELS,
  DELIVERY_METHODS,
  DELIVERY_METHOD_LABELS,
} from '@/lib/labels';
import type { MutationResult } from '@/lib/mutation-outcome';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';
import { Paragraph, Text } from '@/components/typography';

export const CaseActions_CaseFragment = graphql(`
  fragment CaseActions_Case on Case {
    id
    status
    availableActions
    deliveryAddress {
      recipientName
      maskedPhone
      address
      postcode
    }
    item {
      materials {
        name
      }
    }
  }
`);

/** What every action asks back: the case's new status, or why the action was refused. */
const CaseActions_TransitionFragment = graphql(`
  fragment CaseActions_Transition on CaseTransitionPayload {
    case {
      id
      status
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

const AcceptCaseMutation = graphql(`
  mutation AcceptCase($input: AcceptCaseInput!) {
    acceptCase(input: $input) {
      ...CaseActions_Transition
    }
  }
`);

const RejectCaseMutation = graphql(`
  mutation RejectCase($input: RejectCaseInput!) {
    rejectCase(input: $input) {
      ...CaseActions_Transition
    }
  }
`);

const RequestCorrectionMutation = graphql(`
  mutation RequestCorrection($input: RequestCorrectionInput!) {
    requestCorrection(input: $input) {
      ...CaseActions_Transition
    }
  }
`);

const StartProcessingMutation = graphql(`
  mutation StartProcessing($input: StartProcessingInput!) {
    startProcessing(input: $input) {
      ...CaseActions_Transition
    }
  }
`);

const CompleteCaseMutation = graphql(`
  mutation CompleteCase($input: CompleteCaseInput!) {
    completeCase(input: $input) {
      ...CaseActions_Transition
    }
  }
`);

// antd's Dayjs, named without depending on dayjs directly.
type DayValue = Exclude<NonNullable<DatePickerProps['value']>, unknown[]>;
type Outcome = MutationResult<FragmentType<typeof CaseActions_TransitionFragment>>;
type FormProps = { caseId: string; onDone: () => void };

/**
 * The plumbing every action form shares: run the mutation, put `userErrors` next to their fields (the rest,
 * and failed requests, in an alert above the form), and report success.
 */
function useActionForm<Values extends object>(fields: readonly string[], onDone: () => void) {
  const [form] = Form.useForm<Values>();
  const { alert, pending, submit: send } = useFormSubmission({ form, fields });

  async function submit(run: () => Promise<Outcome>) {
    if (await send(run, (payload) => useFragment(CaseActions_TransitionFragment, payload))) {
      form.resetFields();
      onDone();
    }
  }

  return { form, alert, pending, submit };
}

/** An action's form around its fields: the alert above them and the submit button named for the action. */
function ActionForm<Values extends object>(props: {
  state: ReturnType<typeof useActionForm<Values>>;
  action: CaseAction;
  danger?: boolean;
  /** Runs the action's mutation with the form's values. */
  run: (values: Values) => Promise<Outcome>;
  children?: ReactNode;
}) {
  const { form, alert, pending, submit } = props.state;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={pending}
      onFinish={(values) => submit(() => props.run(values))}
    >
      <FormAlert messages={alert} />
      {props.children}
      <Button type="primary" htmlType="submit" loading={pending} danger={props.danger}>
        {CASE_ACTION_LABELS[props.action]}
      </Button>
    </Form>
  );
}

const NOTE_ITEM = (
  <Form.Item name="note" label="备注">
    <Input.TextArea rows={2} maxLength={500} showCount />
  </Form.Item>
);

function AcceptForm({ caseId, onDone }: FormProps) {
  const [, accept] = useMutation(AcceptCaseMutation);
  const state = useActionForm<{ note?: string }>(['note'], onDone);
  return (
    <ActionForm
      state={state}
      action="ACCEPT"
      run={async ({ note }) => {
        const result = await accept({ input: { caseId, note: note?.trim() || null } });
        return { error: result.error, data: result.data?.acceptCase };
      }}
    >
      <Paragraph type="secondary">材料齐全、符合法定形式的，予以受理。</Paragraph>
      {NOTE_ITEM}
    </ActionForm>
  );
}

function AcceptOnCommitmentForm({ caseId, onDone }: FormProps) {
  const [, accept] = useMutation(AcceptCaseMutation);
  const state = useActionForm<{ commitmentDueDate?: DayValue; note?: string }>(
    ['commitmentDueDate', 'note'],
    onDone,
  );
  return (
    <ActionForm
      state={state}
      action="ACCEPT_ON_COMMITMENT"
      run={async ({ commitmentDueDate, note }) => {
        const result = await accept({
          input: {
            caseId,
            commitmentDueDate: commitmentDueDate?.format('YYYY-MM-DD'),
            note: note?.trim() || null,
          },
        });
        return { error: result.error, data: result.data?.acceptCase };
      }}
    >
      <Paragraph type="secondary">
        申请人书面承诺在期限内补齐所缺材料的，先予受理；逾期未补齐的，依法撤销。
      </Paragraph>
      <Form.Item
        name="commitmentDueDate"
        label="承诺补正期限"
        rules={[{ required: true, message: '请选择承诺补正期限' }]}
        extra="申请人须在该日24时前补齐材料（北京时间）。"
      >
        <DatePicker
          format="YYYY-MM-DD"
          placeholder="请选择日期"
          // The API requires a day after today (CST).
          disabledDate={(day) => day.format('YYYY-MM-DD') <= cstDayOf()}
          style={{ width: 200 }}
        />
      </Form.Item>
      {NOTE_ITEM}
    </ActionForm>
  );
}

function RejectForm({ caseId, onDone }: FormProps) {
  const [, reject] = useMutation(RejectCaseMutation);
  const state = useActionForm<{ reason: string }>(['reason'], onDone);
  return (
    <ActionForm
      state={state}
      action="REJECT"
      danger
      run={async ({ reason }) => {
        const result = await reject({ input: { caseId, reason: reason.trim() } });
        return { error: result.error, data: result.data?.rejectCase };
      }}
    >
      <Form.Item
        name="reason"
        label="不予受理理由"
        rules={[{ required: true, whitespace: true, message: '请填写不予受理的理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </ActionForm>
  );
}

function RequestCorrectionForm({ caseId, onDone, materials }: FormProps & { materials: string[] }) {
  const [, requestCorrection] = useMutation(RequestCorrectionMutation);
  const state = useActionForm<{ missingMaterials: string[]; note?: string }>(
    ['missingMaterials', 'note'],
    onDone,
  );
  return (
    <ActionForm
      state={state}
      action="REQUEST_CORRECTION"
      run={async ({ missingMaterials, note }) => {
        const result = await requestCorrection({
          input: {
            caseId,
            missingMaterials: missingMaterials.map((name) => name.trim()).filter(Boolean),
            note: note?.trim() || null,
          },
        });
        return { error: result.error, data: result.data?.requestCorrection };
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="一次性告知"
        description="请在一份补正通知中列出全部需要补正的材料。补正通知只能发出一次，发出后不能再次要求补正。"
      />
      <Form.Item
        name="missingMaterials"
        label="需补正材料"
        rules={[{ required: true, type: 'array', min: 1, message: '请列出需要补正的全部材料' }]}
        extra="可从本事项的申请材料中选择，也可输入其他材料名称后按回车添加。"
      >
        <Select
          mode="tags"
          placeholder="选择或输入材料名称"
          options={materials.map((name) => ({ value: name, label: name }))}
          tokenSeparators={['，', ',']}
        />
      </Form.Item>
      {NOTE_ITEM}
    </ActionForm>
  );
}

function StartProcessingForm({ caseId, onDone }: FormProps) {
  const [, startProcessing] = useMutation(StartProcessingMutation);
  const state = useActionForm<object>([], onDone);
  return (
    <ActionForm
      state={state}
      action="START_PROCESSING"
      run={async () => {
        const result = await startProcessing({ input: { caseId } });
        return { error: result.error, data: result.data?.startProcessing };
      }}
    >
      <Paragraph type="secondary">开始办理后，办件状态变为“部门办理中”。</Paragraph>
    </ActionForm>
  );
}

type CompleteValues = { result: string; deliveryMethod: DeliveryMethod; trackingNumber?: string };

type DeliveryAddress = { recipientName: string; maskedPhone: string; address: string; postcode: string };

function CompleteForm({ caseId, onDone, address }: FormProps & { address: DeliveryAddress | null }) {
  const [, complete] = useMutation(CompleteCaseMutation);
  const state = useActionForm<CompleteValues>(['result', 'deliveryMethod', 'trackingNumber'], onDone);
  const deliveryMethod = Form.useWatch('deliveryMethod', state.form);
  return (
    <ActionForm
      state={state}
      action="COMPLETE"
      run={async (values) => {
        const ems = values.deliveryMethod === 'EMS';
        const result = await complete({
          input: {
            caseId,
            result: values.result.trim(),
            deliveryMethod: values.deliveryMethod,
            trackingNumber: ems ? values.trackingNumber?.trim() || null : null,
          },
        });
        return { error: result.error, data: result.data?.completeCase };
      }}
    >
      <Form.Item
        name="result"
        label="办理结果"
        rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}
      >
        <Input.TextArea rows={2} maxLength={500} placeholder="例如：准予许可" />
      </Form.Item>
      <Form.Item
        name="deliveryMethod"
        label="送达方式"
        rules={[{ required: true, message: '请选择送达方式' }]}
      >
        <Radio.Group
          options={DELIVERY_METHODS.map((method) => ({
            value: method,
            label: DELIVERY_METHOD_LABELS[method],
          }))}
        />
      </Form.Item>
      {deliveryMethod === 'EMS' && (
        <Form.Item
          name="trackingNumber"
          label="快递单号"
          rules={[{ required: true, whitespace: true, message: '邮政速递须填写快递单号' }]}
        >
          <Input maxLength={20} placeholder="例如：EA123456789CN" style={{ width: 260 }} />
        </Form.Item>
      )}
      {deliveryMethod === 'EMS' && (
        <Paragraph data-testid="complete-delivery-address">
          收件地址：
          {address
            ? `${address.recipientName} ${address.maskedPhone} ${address.address}（${address.postcode}）`
            : '申请人尚未选择收件地址'}
        </Paragraph>
      )}
    </ActionForm>
  );
}

/**
 * 办理: one form per action the API says the clerk may take on this case now (`availableActions`). After an
 * action the page's data is loaded again, so the status, timeline and open actions follow.
 */
export function CaseActions(props: { case: FragmentType<typeof CaseActions_CaseFragment> }) {
  const c = useFragment(CaseActions_CaseFragment, props.case);
  const router = useRouter();
  const { message } = App.useApp();
  const [done, setDone] = useState<string | null>(null);

  const onDone = (action: CaseAction) => () => {
    const label = CASE_ACTION_DONE_LABELS[action];
    setDone(label);
    void message.success(label);
    router.refresh();
  };

  const forms: Record<CaseAction, ReactNode> = {
    ACCEPT: <AcceptForm caseId={c.id} onDone={onDone('ACCEPT')} />,
    ACCEPT_ON_COMMITMENT: <AcceptOnCommitmentForm caseId={c.id} onDone={onDone('ACCEPT_ON_COMMITMENT')} />,
    REJECT: <RejectForm caseId={c.id} onDone={onDone('REJECT')} />,
    REQUEST_CORRECTION: (
      <RequestCorrectionForm
        caseId={c.id}
        onDone={onDone('REQUEST_CORRECTION')}
        materials={c.item.materials.map((material) => material.name)}
      />
    ),
    START_PROCESSING: <StartProcessingForm caseId={c.id} onDone={onDone('START_PROCESSING')} />,
    COMPLETE: <CompleteForm caseId={c.id} onDone={onDone('COMPLETE')} address={c.deliveryAddress ?? null} />,
  };

  let idle: string | undefined;
  if (c.availableActions.length === 0) {
    idle =
      c.status === 'COMPLETED' || c.status === 'REJECTED'
        ? '该办件已办结，无需再办理。'
        : '该办件当前没有可办理的操作。';
  }

  return (
    <Card title="办理" className="case-actions" data-testid="case-actions">
      {done && <Alert type="success" showIcon role="status" title={done} style={{ marginBottom: 16 }} />}
      {c.status === 'CORRECTION_REQUIRED' && (
        <Paragraph type="secondary">已发出补正通知，等待申请人补正材料后重新提交。</Paragraph>
      )}
      {idle ? (
        <Text type="secondary">{idle}</Text>
      ) : (
        <Tabs
          key={c.availableActions.join()}
          items={c.availableActions.map((action) => ({
            key: action,
            label: CASE_ACTION_LABELS[action],
            children: forms[action],
          }))}
        />
      )}
    </Card>
  );
}
