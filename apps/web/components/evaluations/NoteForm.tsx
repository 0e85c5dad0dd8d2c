'use client';

import type { ComponentProps } from 'react';
import Card from 'antd/es/card';
import { TextActionForm } from './TextActionForm';

/**
 * One of the department's written actions on a bad review (回复, 回访, 整改, 申诉) as a small card around its
 * form. `field` and `maxLength` are the API's input field and limit; the card's title names the action.
 */
export function NoteForm({
  title,
  cardTestId,
  ...form
}: { title: string; cardTestId?: string } & ComponentProps<typeof TextActionForm>) {
  return (
    <Card size="small" title={title} data-testid={cardTestId}>
      <TextActionForm {...form} />
    </Card>
  );
}
