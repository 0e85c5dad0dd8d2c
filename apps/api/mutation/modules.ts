/**
 * The rule modules under mutation testing, each with its own tests (paths from apps/api/src). A mutant of a
 * module is run only against that module's tests, so a score says how well those tests pin the rule.
 * `database` marks modules whose tests need PostgreSQL (run one at a time: they share the test template).
 */
export interface MutationModule {
  /** short name used on the command line and for the incremental file */
  name: string;
  file: string;
  tests: string[];
  database: boolean;
}

export const MUTATION_MODULES: MutationModule[] = [
  { name: 'id-number', file: 'lib/id-number.ts', tests: ['lib/id-number.test.ts'], database: false },
  { name: 'credit-code', file: 'lib/credit-code.ts', tests: ['lib/credit-code.test.ts'], database: false },
  {
    name: 'natural-days',
    file: 'lib/natural-days.ts',
    tests: ['lib/natural-days.test.ts'],
    database: false,
  },
  {
    name: 'license-identifier',
    file: 'license/license-identifier.ts',
    tests: ['license/license-identifier.test.ts'],
    database: false,
  },
  {
    name: 'license-code',
    file: 'license/license-code.ts',
    tests: ['license/license-code.test.ts'],
    database: false,
  },
  {
    name: 'query-cost',
    file: 'limits/query-cost.ts',
    tests: ['limits/query-cost.test.ts'],
    database: false,
  },
  {
    name: 'detect-content-type',
    file: 'application/detect-content-type.ts',
    tests: ['application/detect-content-type.test.ts'],
    database: false,
  },
  {
    name: 'case-transitions',
    file: 'case/case-transitions.ts',
    tests: ['case/case-transitions.test.ts'],
    database: false,
  },
  {
    name: 'business-number',
    file: 'application/business-number.ts',
    tests: ['application/business-number.test.ts'],
    database: true,
  },
  {
    name: 'validate-application',
    file: 'application/validate-application.ts',
    tests: ['application/validate-application.test.ts'],
    database: true,
  },
  {
    name: 'evaluation-rules',
    file: 'evaluation/evaluation-rules.ts',
    tests: ['evaluation/evaluation-rules.test.ts'],
    database: false,
  },
  {
    name: 'query-limits',
    file: 'limits/query-limits.ts',
    tests: ['limits/rate-limit.test.ts', 'limits/query-cost.test.ts'],
    database: true,
  },
  {
    name: 'unique-violation',
    file: 'lib/unique-violation.ts',
    tests: ['db/unique-violation.test.ts'],
    database: true,
  },
  // The policies of issue 14: the shared framework and each module's permission table.
  { name: 'policy', file: 'auth/policy.ts', tests: ['auth/policy.test.ts'], database: false },
  {
    name: 'case-policy',
    file: 'case/case-policy.ts',
    tests: ['case/case-policy.test.ts'],
    database: false,
  },
  {
    name: 'application-policy',
    file: 'application/application-policy.ts',
    tests: ['application/application-policy.test.ts'],
    database: false,
  },
  {
    name: 'evaluation-policy',
    file: 'evaluation/evaluation-policy.ts',
    tests: ['evaluation/evaluation-policy.test.ts'],
    database: false,
  },
  {
    name: 'user-policy',
    file: 'user/user-policy.ts',
    tests: ['user/user-policy.test.ts'],
    database: false,
  },
  {
    name: 'window-policy',
    file: 'window/window-policy.ts',
    tests: ['window/window-policy.test.ts'],
    database: false,
  },
  {
    name: 'license-policy',
    file: 'license/license-policy.ts',
    tests: ['license/license-policy.test.ts'],
    database: true,
  },
];
