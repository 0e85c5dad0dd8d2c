'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form, Input } from 'antd';
import type { MutationResult, PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';

/**
 * One text field and a submit button (回复, 回访, 整改, 追评, 申诉理由, 复核意见): `userErrors` on the field go
 * next to it, the rest in an alert. With `confirm`, sending asks first (for what cannot be changed once sent).
 */
export function TextActionForm(props: {
  /** The form's name, unique on the page (antd builds the field's id, which the label points at, from it). */
  name: string;
  /** The API's input field the text goes to (for `userErrors`), e.g. "body" or "reason". */
  field: string;
  label: string;
  submitLabel: string;
  doneMessage: string;
  maxLength: number;
  requiredMessage: string;
  extra?: string;
  confirm?: { title: string; content: string };
  testId?: string;
  danger?: boolean;
  /** Runs the action's mutation, answering its payload as `data`. */
  run: (text: string) => Promise<MutationResult<PayloadWithUserErrors>>;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const { alert, pending, submit } = useFormSubmission({
    form,
    fields: ['text'],
    aliases: { [props.field]: 'text' },
  });
  const { message, modal } = App.useApp();
  const router = useRouter();

  async function send(text: string) {
    if (
      await submit(
        () => props.run(text.trim()),
        (payload) => payload,
      )
    ) {
      form.resetFields();
      message.success(props.doneMessage);
      router.refresh();
    }
  }

  function onFinish({ text }: { text: string }) {
    if (!props.confirm) return send(text);
    modal.confirm({
      title: props.confirm.title,
      content: props.confirm.content,
      okText: '确认提交',
      cancelText: '取消',
      onOk: () => send(text),
    });
  }

  return (
    <Form
      form={form}
      name={props.name}
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      data-testid={props.testId}
    >
      <FormAlert messages={alert} />
      <Form.Item
        name="text"
        label={props.label}
        extra={props.extra ?? `最多 ${props.maxLength} 字。`}
        rules={[{ required: true, whitespace: true, message: props.requiredMessage }]}
      >
        <Input.TextArea rows={3} maxLength={props.maxLength} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} danger={props.danger}>
        {props.submitLabel}
      </Button>
    </Form>
  );
}
