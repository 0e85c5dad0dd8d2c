import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { loadTypeDefs } from '../src/schema.ts';
import { encodeCursor, toGlobalId } from '../src/lib/global-id.ts';
import { SCENARIOS, persistedOperations, scenarioProblems, type Facts, type Scenario } from './scenarios.ts';

// Fast, no database and no load: the bench (npm run bench) must send what the web sends.
const facts: Facts = {
  deepCursor: {
    IN_PROGRESS: encodeCursor(['2025-01-02T03:04:05.000Z', '0192f0a0-0000-7000-8000-000000000001']),
    COMPLETED: encodeCursor(['2024-01-02T03:04:05.000Z', '0192f0a0-0000-7000-8000-000000000002']),
  },
  caseId: toGlobalId('Case', '0192f0a0-0000-7000-8000-000000000003'),
  departmentCaseDeepCursor: encodeCursor([
    '2023-01-02T03:04:05.000Z',
    '0192f0a0-0000-7000-8000-000000000004',
  ]),
};
const schema = buildSchema(loadTypeDefs());
const operations = persistedOperations();
const problemsOf = (scenario: Scenario) => scenarioProblems(scenario, facts, operations, schema);
const myCasesFirstPage = SCENARIOS.find((scenario) => scenario.operation === 'MyCases')!;

describe('bench scenarios', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: the web registers its operation, its page sends it, with the page’s variables',
    (_name, scenario) => {
      expect(problemsOf(scenario)).toEqual([]);
    },
  );

  it('covers every hot page: each 我的办件 list and deep pages, case detail, workbench, queue, 评价统计, 统计分析, 我的证照', () => {
    expect(new Set(SCENARIOS.map((scenario) => scenario.operation))).toEqual(
      new Set([
        'MyCases',
        'CaseDetailPage',
        'DepartmentCases',
        'DepartmentEvaluationTasks',
        'EvaluationFiguresPage',
        'DashboardPage',
        'MyLicensesPage',
      ]),
    );
    // 统计分析 as the supervisor (every department) and as a department head (their own)
    expect(new Set(SCENARIOS.filter((s) => s.operation === 'DashboardPage').map((s) => s.account))).toEqual(
      new Set(['supervisor', 'departmentHead']),
    );
    const myCases = SCENARIOS.filter((s) => s.operation === 'MyCases').map((s) => s.variables(facts));
    expect(new Set(myCases.map((v) => v.list))).toEqual(
      new Set(['DRAFT', 'IN_PROGRESS', 'CORRECTION', 'COMMITMENT', 'COMPLETED']),
    );
    expect(myCases.filter((v) => v.after).length).toBeGreaterThanOrEqual(2);
  });

  it('finds an operation the web does not register, a page that does not send it, and wrong variables', () => {
    expect(problemsOf({ ...myCasesFirstPage, operation: 'MyCasesByText' })).toEqual([
      "MyCasesByText is not one of the web's persisted documents",
    ]);
    expect(problemsOf({ ...myCasesFirstPage, page: '(staff)/staff/department/page.tsx' })).toEqual([
      '(staff)/staff/department/page.tsx does not send MyCases',
    ]);
    const { first: _first, ...withoutFirst } = myCasesFirstPage.variables(facts);
    const problems = problemsOf({ ...myCasesFirstPage, variables: () => ({ ...withoutFirst, limit: 20 }) });
    expect(problems).toContain('variable $first is not sent (the page sends every one)');
    expect(problems).toContain('variable $limit is not declared by MyCases');
    expect(problemsOf({ ...myCasesFirstPage, variables: () => ({ ...withoutFirst, first: 'ten' }) })).toEqual(
      [expect.stringMatching(/\$first/)],
    );
  });
});
