'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form, Input, Radio } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import type { EvaluationAppealDecision } from '@/gql/graphql';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';

const DecideAppealMutation = graphql(`
  mutation DecideEvaluationAppeal($input: DecideEvaluationAppealInput!) {
    decideEvaluationAppeal(input: $input) {
      appeal {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DECISIONS: { value: EvaluationAppealDecision; label: string }[] = [
  { value: 'UPHOLD', label: '申诉成立（评价保留，不计入统计）' },
  { value: 'DISMISS', label: '驳回申诉' },
];

type Values = { decision: EvaluationAppealDecision; note?: string };

/** 复核: the supervisor upholds or dismisses a pending appeal, once, with an optional note. */
export function AppealDecisionForm({ appealId, noteMaxLength }: { appealId: string; noteMaxLength: number }) {
  const [form] = Form.useForm<Values>();
  const { alert, pending, submit } = useFormSubmission({ form, fields: ['decision', 'note'] });
  const [, decide] = useMutation(DecideAppealMutation);
  const { message, modal } = App.useApp();
  const router = useRouter();

  async function send(values: Values) {
    const input = { appealId, decision: values.decision, note: values.note?.trim() || null };
    if (
      await submit(
        () => decide({ input }),
        (data) => data.decideEvaluationAppeal,
      )
    ) {
      message.success('复核结果已提交');
      router.refresh();
    }
  }

  return (
    <Form<Values>
      form={form}
      // Unique per appeal: several pending appeals share the page, and antd builds the ids from the name.
      name={`appeal-${appealId}`}
      layout="vertical"
      disabled={pending}
      data-testid="appeal-decision-form"
      onFinish={(values) =>
        modal.confirm({
          title: '确认提交复核结果？',
          content: '复核结果提交后不能修改。',
          okText: '确认提交',
          cancelText: '取消',
          onOk: () => send(values),
        })
      }
    >
      <FormAlert messages={alert} />
      <Form.Item name="decision" label="复核结果" rules={[{ required: true, message: '请选择复核结果' }]}>
        <Radio.Group options={DECISIONS} />
      </Form.Item>
      <Form.Item name="note" label="复核意见" extra={`选填，最多 ${noteMaxLength} 字。`}>
        <Input.TextArea rows={2} maxLength={noteMaxLength} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        提交复核结果
      </Button>
    </Form>
  );
}
