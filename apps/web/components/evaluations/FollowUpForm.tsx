'use client';

import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { TextActionForm } from './TextActionForm';

const AddFollowUpMutation = graphql(`
  mutation AddEvaluationFollowUp($input: EvaluationNoteInput!) {
    addEvaluationFollowUp(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 追评: the applicant's one follow-up after the department's reply. */
export function FollowUpForm({ evaluationId, maxLength }: { evaluationId: string; maxLength: number }) {
  const [, addFollowUp] = useMutation(AddFollowUpMutation);
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
      run={async (body) => {
        const result = await addFollowUp({ input: { evaluationId, body } });
        return { error: result.error, data: result.data?.addEvaluationFollowUp };
      }}
    />
  );
}
