'use client';

import type { ComponentProps } from 'react';
import { TextActionForm, type TextAction } from './TextActionForm';

/** 回访 and 整改 notes: any number, immutable. */
const noteExtra = (maxLength: number) => `最多 ${maxLength} 字。记录后不能修改；可多次记录。`;

/** One action as a small titled card around its form (plain HTML, globals.css `.action-card`). */
function ActionCard({
  title,
  cardTestId,
  ...form
}: { title: string; cardTestId?: string } & ComponentProps<typeof TextActionForm>) {
  return (
    <section className="action-card" data-testid={cardTestId} aria-label={title}>
      <h2 className="action-card__title">{title}</h2>
      <TextActionForm {...form} />
    </section>
  );
}

/**
 * What the department may do with a bad review: 回复 (once), 回访 and 整改 notes, 申诉 (once). Each form sends
 * through a server action, given by the page (no client-side GraphQL or UI library on the page).
 */
export function DepartmentEvaluationActions(props: {
  evaluationId: string;
  canReply: boolean;
  canRecordCallback: boolean;
  canRecordRectification: boolean;
  canAppeal: boolean;
  /** evaluationRules.noteMaxLength and reasonMaxLength */
  noteMaxLength: number;
  reasonMaxLength: number;
  actions: Record<'reply' | 'callback' | 'rectification' | 'appeal', TextAction>;
}) {
  const { evaluationId, noteMaxLength, reasonMaxLength, actions } = props;
  return (
    <div className="evaluation-actions">
      {props.canReply && (
        <ActionCard
          title="回复"
          cardTestId="reply-card"
          name="reply"
          testId="reply-form"
          field="body"
          label="回复内容（申请人可见）"
          submitLabel="发送回复"
          doneMessage="回复已发送"
          requiredMessage="请填写回复内容"
          maxLength={noteMaxLength}
          extra={`最多 ${noteMaxLength} 字。回复发送后申请人可见，不能修改或撤回。`}
          confirm={{ title: '确认发送回复？', content: '回复发送后申请人即可看到，不能修改或撤回。' }}
          run={(body) => actions.reply(evaluationId, body)}
        />
      )}
      {props.canRecordCallback && (
        <ActionCard
          title="回访记录"
          name="callback"
          testId="callback-form"
          field="body"
          label="回访情况"
          submitLabel="记录回访"
          doneMessage="回访已记录"
          requiredMessage="请填写回访情况"
          maxLength={noteMaxLength}
          extra={noteExtra(noteMaxLength)}
          run={(body) => actions.callback(evaluationId, body)}
        />
      )}
      {props.canRecordRectification && (
        <ActionCard
          title="整改记录"
          name="rectification"
          testId="rectification-form"
          field="body"
          label="整改情况"
          submitLabel="记录整改"
          doneMessage="整改已记录"
          requiredMessage="请填写整改情况"
          maxLength={noteMaxLength}
          extra={noteExtra(noteMaxLength)}
          run={(body) => actions.rectification(evaluationId, body)}
        />
      )}
      {props.canAppeal && (
        <ActionCard
          title="申诉"
          name="appeal"
          testId="appeal-form"
          field="reason"
          label="申诉理由"
          submitLabel="提交申诉"
          doneMessage="申诉已提交，等待好差评管理员复核"
          requiredMessage="请填写申诉理由"
          maxLength={reasonMaxLength}
          extra={`认为该评价属恶意或错误评价的，可提交申诉，由好差评管理员复核。最多 ${reasonMaxLength} 字，每条评价只能申诉一次。`}
          confirm={{ title: '确认提交申诉？', content: '每条评价只能申诉一次，提交后不能修改。' }}
          run={(reason) => actions.appeal(evaluationId, reason)}
        />
      )}
    </div>
  );
}
