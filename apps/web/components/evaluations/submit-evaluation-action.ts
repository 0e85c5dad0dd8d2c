'use server';

import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import type { EvaluationDimension, EvaluationLevel } from '@/gql/graphql';
import { EVALUATION_DIMENSION_LABELS, EVALUATION_LEVELS } from '@/lib/labels';
import { mutationOutcome } from '@/lib/mutation-outcome';
import { serverMutation } from '@/lib/urql-server';
import { EVALUATION_FIELDS, SCORE_PREFIX, type EvaluationFormState } from './evaluation-form-state';

const SubmitEvaluationMutation = graphql(`
  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const isLevel = (value: string): value is EvaluationLevel =>
  (EVALUATION_LEVELS as readonly string[]).includes(value);
const isDimension = (value: string): value is EvaluationDimension => value in EVALUATION_DIMENSION_LABELS;

/**
 * 提交评价 (EvaluationForm), also when sent before hydration or without script: the API checks everything
 * (grade, the comment a bad grade needs, dimensions, window) and its userErrors come back for the form. On
 * success the applicant lands on the evaluation.
 */
export async function submitEvaluationAction(
  _previous: EvaluationFormState,
  form: FormData,
): Promise<EvaluationFormState> {
  const caseId = String(form.get('caseId') ?? '');
  const level = String(form.get('level') ?? '');
  const comment = String(form.get('comment') ?? '');
  const scores: Record<string, number> = {};
  for (const [key, value] of form) {
    const dimension = key.startsWith(SCORE_PREFIX) ? key.slice(SCORE_PREFIX.length) : '';
    const score = Number(value);
    if (isDimension(dimension) && Number.isInteger(score) && score >= 1 && score <= 5)
      scores[dimension] = score;
  }
  const sent = { level: level || undefined, comment, scores };
  if (!isLevel(level)) return { fields: { level: '请选择总体评价' }, others: [], sent };

  const data = await serverMutation(SubmitEvaluationMutation, {
    input: {
      caseId,
      level,
      comment: comment.trim() || null,
      dimensionScores: Object.entries(scores).map(([dimension, score]) => ({
        dimension: dimension as EvaluationDimension,
        score,
      })),
      channel: 'PC',
    },
  });
  const outcome = mutationOutcome({ data }, (d) => d.submitEvaluation, EVALUATION_FIELDS, {
    dimensionScores: 'scores',
  });
  if (outcome.ok) {
    redirect(`/personal/cases/${encodeURIComponent(caseId)}/evaluation?submitted=1`);
  }
  return {
    fields: Object.fromEntries(outcome.fields.map((field) => [field.name, field.errors.join(' ')])),
    others: outcome.others,
    sent,
  };
}
