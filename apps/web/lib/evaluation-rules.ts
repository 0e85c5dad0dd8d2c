import { graphql } from '@/gql';
import type { EvaluationRulesQuery } from '@/gql/graphql';
import { serverQuery } from './urql-server';

const EvaluationRulesDocument = graphql(`
  query EvaluationRules {
    evaluationRules {
      windowDays
      replyWindowDays
      commentMaxLength
      noteMaxLength
      followUpMaxLength
      reasonMaxLength
      badLevels
    }
  }
`);

export type EvaluationRules = EvaluationRulesQuery['evaluationRules'];

/** The API's rules change only when it is redeployed: a process asks again after this long. */
const RULES_TTL_MS = 5 * 60_000;
let cached: { readAt: number; rules: Promise<EvaluationRules> } | null = null;

/**
 * The 好差评 rules in numbers (window, reply deadline, text limits, bad grades), as the API enforces them:
 * forms state and check these, never a copy of their own.
 */
export function getEvaluationRules(): Promise<EvaluationRules> {
  if (!cached || Date.now() - cached.readAt > RULES_TTL_MS) {
    const rules = serverQuery(EvaluationRulesDocument, {}).then((data) => data.evaluationRules);
    cached = { readAt: Date.now(), rules };
    rules.catch(() => {
      cached = null;
    });
  }
  return cached.rules;
}
