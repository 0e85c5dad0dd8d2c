'use client';

import { TextActionForm, type TextAction } from '@/components/evaluations/TextActionForm';

/**
 * 答复 a 咨询 or 投诉: once, seen by the asker at once (and notified); the form asks before sending, and sends
 * through the page's server action (`answer`).
 */
export function AnswerQuestionForm(props: {
  questionId: string;
  answerMaxLength: number;
  answer: TextAction;
}) {
  return (
    <TextActionForm
      name={`answer-${props.questionId}`}
      testId="answer-form"
      field="answer"
      label="答复内容（提问人可见）"
      submitLabel="发送答复"
      doneMessage="答复已发送"
      requiredMessage="请填写答复内容"
      maxLength={props.answerMaxLength}
      extra={`最多 ${props.answerMaxLength} 字。答复发送后提问人可见，并以消息和短信通知，不能修改或撤回。`}
      confirm={{ title: '确认发送答复？', content: '答复发送后提问人即可看到，不能修改或撤回。' }}
      run={(text) => props.answer(props.questionId, text)}
    />
  );
}
