'use client';

import { Alert } from 'antd';

/** A form's refusal messages (from `useFormSubmission`'s `alert`) above its fields; nothing when empty. */
export function FormAlert({ messages, spacing = 16 }: { messages: readonly string[]; spacing?: number }) {
  if (messages.length === 0) return null;
  return (
    <Alert type="error" showIcon role="alert" style={{ marginBottom: spacing }} title={messages.join(' ')} />
  );
}
