'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Form, Input } from 'antd';
import type { CombinedError } from '@urql/next';
import { requestErrorMessage, splitUserErrors, type UserErrorLike } from '@/lib/user-errors';

export type TextActionOutcome = {
  error?: CombinedError;
  userErrors: readonly UserErrorLike[] | undefined;
};

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
  run: (text: string) => Promise<TextActionOutcome>;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const { message, modal } = App.useApp();
  const router = useRouter();

  async function send(text: string) {
    setPending(true);
    setAlert([]);
    try {
      const outcome = await props.run(text.trim());
      if (outcome.error || !outcome.userErrors) {
        setAlert([requestErrorMessage(outcome.error ?? { graphQLErrors: [] })]);
      } else if (outcome.userErrors.length > 0) {
        const split = splitUserErrors(outcome.userErrors, ['text'], { [props.field]: 'text' });
        form.setFields(split.fields as Parameters<typeof form.setFields>[0]);
        setAlert(split.others);
      } else {
        form.resetFields();
        message.success(props.doneMessage);
        router.refresh();
      }
    } finally {
      setPending(false);
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
      {alert.length > 0 && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={alert.join(' ')} />
      )}
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
