import type { EvaluationDimension } from '@/gql/graphql';

/** The 评价 form's fields that show their own message (the API's `dimensionScores` is shown at `scores`). */
export const EVALUATION_FIELDS = ['level', 'comment', 'scores'] as const;
export type EvaluationField = (typeof EVALUATION_FIELDS)[number];

/** A dimension's score is sent as the field `score.<DIMENSION>`. */
export const SCORE_PREFIX = 'score.';
export const scoreField = (dimension: EvaluationDimension) => `${SCORE_PREFIX}${dimension}`;

/** What the form shows after a refused submission: the messages, and what was sent (to fill it in again). */
export type EvaluationFormState = {
  fields: Partial<Record<EvaluationField, string>>;
  others: string[];
  sent: { level?: string; comment: string; scores: Record<string, number> };
};

export const EMPTY_EVALUATION_FORM: EvaluationFormState = {
  fields: {},
  others: [],
  sent: { comment: '', scores: {} },
};
