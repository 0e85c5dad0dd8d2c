'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';
import { formRefusal } from '@/lib/mutation-outcome';

import { isQuestionKind } from '@/lib/labels';

const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      question {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const FIELDS = ['itemId', 'kind', 'body'] as const;

/** What the form shows after a refused 提交: messages by field, the rest above the form, and what was typed. */
export type AskQuestionState = {
  fieldErrors: Partial<Record<(typeof FIELDS)[number], string>>;
  others: string[];
  values: { itemId: string; kind: string; body: string };
};

/**
 * 提交 of 我要咨询 / 我要投诉 (the form's action through useActionState, so it works before hydration): empty
 * fields are refused here, before anything is sent; the API's refusals go to their field; on success 咨询投诉
 * lists it.
 */
export async function askQuestionAction(
  _previous: AskQuestionState,
  form: FormData,
): Promise<AskQuestionState> {
  const values = {
    itemId: String(form.get('itemId') ?? ''),
    kind: String(form.get('kind') ?? ''),
    body: String(form.get('body') ?? ''),
  };
  const fieldErrors: AskQuestionState['fieldErrors'] = {};
  if (!values.itemId) fieldErrors.itemId = '请选择办事事项';
  if (!values.body.trim()) fieldErrors.body = '请输入内容';
  if (!isQuestionKind(values.kind)) fieldErrors.kind = '请选择咨询或投诉';
  if (Object.keys(fieldErrors).length > 0 || !isQuestionKind(values.kind)) {
    return { fieldErrors, others: [], values };
  }
  const result = await serverMutation(AskQuestionMutation, {
    input: { itemId: values.itemId, kind: values.kind, body: values.body.trim() },
  });
  const { userErrors } = result.askQuestion;
  if (userErrors.length > 0) {
    return { ...formRefusal(userErrors, FIELDS), values };
  }
  revalidatePath('/personal', 'layout');
  redirect('/personal/questions');
}
