'use client';

import { TextActionForm, type TextAction } from './TextActionForm';

/** 追评: the applicant's one follow-up after the department's reply, sent by a server action. */
export function FollowUpForm(props: { evaluationId: string; maxLength: number; action: TextAction }) {
  const { evaluationId, maxLength } = props;
  return (
    <TextActionForm
      field="body"
      label="追评内容"
      submitLabel="提交追评"
      doneMessage="追评已提交"
      maxLength={maxLength}
      requiredMessage="请填写追评内容"
      extra={`最多 ${maxLength} 字，只能追评一次，提交后不能修改。`}
      confirm={{ title: '确认提交追评？', content: '追评只能提交一次，提交后不能修改。' }}
      name="followUp"
      testId="follow-up-form"
      run={(body) => props.action(evaluationId, body)}
    />
  );
}
