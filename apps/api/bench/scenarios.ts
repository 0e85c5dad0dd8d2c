// The bench's scenarios: each one a hot page of the web app, sent as that page sends it — the page's own
// persisted operation (by hash, from apps/web/gql/persisted-documents.json) with the variables the page builds
// from its URL. scenarios.test.ts (in `npm test`) checks every scenario against the manifest, the page's
// source and the schema, so the bench cannot drift from what the web sends.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getVariableValues,
  parse,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../src/schema.ts';
import { persistedOperations } from '../src/testing/persisted-operations.ts';

export { persistedBody, persistedOperations } from '../src/testing/persisted-operations.ts';

const WEB_APP = resolve(import.meta.dirname, '../../web/app');

/** Who signs in for a scenario (seeded development accounts; sign-in goes through POST /auth/password). */
export const ACCOUNTS = {
  citizen: { name: '李华', login: '11010519491231002X', password: 'Citizen#2019' },
  clerk: { name: '赵敏', login: '120102198801010033', password: 'Dept#2019' },
  supervisor: { name: '周婷', login: '120103199506300055', password: 'Supervisor#2019' },
  departmentHead: { name: '郑琳', login: '120104197805060044', password: 'Head#2019' },
  licenseHolder: { name: '王刚', login: '120105198208080072', password: 'Company#2019' },
} as const;

export type Account = keyof typeof ACCOUNTS;

/** What the runner looks up in the bench database before building the variables. */
export interface Facts {
  /** 我的办件 cursors: the end cursor of the page before a deep page, per list */
  deepCursor: { IN_PROGRESS: string; COMPLETED: string };
  /** the global ID of one of 李华's cases with a timeline and materials */
  caseId: string;
  /** 部门办件: the end cursor of the page before page 51 */
  departmentCaseDeepCursor: string;
}

export interface Scenario {
  name: string;
  /** the page's source under apps/web/app, which must contain the operation */
  page: string;
  operation: string;
  account: Account;
  variables: (facts: Facts) => Record<string, unknown>;
  /** the hand-written floor answers it too (with the same JSON) */
  floor: boolean;
  /**
   * the floor answers with the page's rows instead (floor/dashboard.ts: the dashboards' rollup rows,
   * floor/pages.ts: the other pages'): the runner checks the page's key figures (key-figures.ts), not the JSON
   */
  rowsFloor?: true;
  /** also run against 2 API processes */
  cluster?: boolean;
}

const MY_CASES_PAGE = '(personal)/personal/cases/page.tsx';
const WORKBENCH_PAGE = '(staff)/staff/department/page.tsx';
const DASHBOARD_PAGE = '(dashboard)/dashboard/page.tsx';
/** What 统计分析 sends for ?period=MONTH&day=2025-12-15 (no department or item chosen). */
const dashboardMonth = {
  period: { kind: 'MONTH', day: '2025-12-15', to: null },
  departmentId: null,
  itemId: null,
};
/** Page size of 我的办件, the workbench and the evaluation queue (their pages' PAGE_SIZE). */
const PAGE_SIZE = 10;

/** What the 我的办件 page sends for a list (no filters) and cursor: every variable, null when unset. */
const myCases = (list: string, after: string | null = null) => ({
  list,
  source: null,
  appliedFrom: null,
  appliedTo: null,
  keyword: null,
  first: PAGE_SIZE,
  after,
});

const myCasesList = (list: string, label: string): Scenario => ({
  name: `我的办件 ${label}`,
  page: MY_CASES_PAGE,
  operation: 'MyCases',
  account: 'citizen',
  variables: () => myCases(list),
  floor: true,
});

export const SCENARIOS: Scenario[] = [
  { ...myCasesList('IN_PROGRESS', '在办件'), cluster: true },
  myCasesList('DRAFT', '暂存件'),
  myCasesList('CORRECTION', '补正件'),
  myCasesList('COMMITMENT', '承诺补正件'),
  myCasesList('COMPLETED', '办结件'),
  {
    name: '我的办件 在办件 page 21',
    page: MY_CASES_PAGE,
    operation: 'MyCases',
    account: 'citizen',
    variables: (facts) => myCases('IN_PROGRESS', facts.deepCursor.IN_PROGRESS),
    floor: true,
  },
  {
    name: '我的办件 办结件 page 51',
    page: MY_CASES_PAGE,
    operation: 'MyCases',
    account: 'citizen',
    variables: (facts) => myCases('COMPLETED', facts.deepCursor.COMPLETED),
    floor: true,
  },
  {
    name: 'case detail',
    page: '(personal)/personal/cases/[id]/page.tsx',
    operation: 'CaseDetailPage',
    account: 'citizen',
    variables: (facts) => ({ id: facts.caseId }),
    floor: false,
    rowsFloor: true,
  },
  {
    name: 'department workbench',
    page: WORKBENCH_PAGE,
    operation: 'DepartmentCases',
    account: 'clerk',
    variables: () => ({ status: null, itemId: null, keyword: null, first: PAGE_SIZE, after: null }),
    floor: true,
  },
  {
    name: 'department workbench page 51',
    page: WORKBENCH_PAGE,
    operation: 'DepartmentCases',
    account: 'clerk',
    variables: (facts) => ({
      status: null,
      itemId: null,
      keyword: null,
      first: PAGE_SIZE,
      after: facts.departmentCaseDeepCursor,
    }),
    floor: true,
  },
  {
    name: 'evaluation queue 待回复',
    page: '(staff)/staff/department/evaluations/page.tsx',
    operation: 'DepartmentEvaluationTasks',
    account: 'clerk',
    variables: () => ({ state: 'PENDING', first: PAGE_SIZE, after: null }),
    floor: false,
    rowsFloor: true,
  },
  {
    name: '评价统计, one month',
    page: '(supervisor)/supervisor/evaluations/page.tsx',
    operation: 'EvaluationFiguresPage',
    account: 'supervisor',
    variables: () => ({ from: '2025-12-01', to: '2025-12-31' }),
    floor: false,
    rowsFloor: true,
  },
  {
    name: '统计分析 supervisor, one month',
    page: DASHBOARD_PAGE,
    operation: 'DashboardPage',
    account: 'supervisor',
    variables: () => dashboardMonth,
    floor: false,
    rowsFloor: true,
  },
  {
    name: '统计分析 department head, one month',
    page: DASHBOARD_PAGE,
    operation: 'DashboardPage',
    account: 'departmentHead',
    variables: () => dashboardMonth,
    floor: false,
    rowsFloor: true,
  },
  {
    name: '我的证照',
    page: '(personal)/personal/files/licenses/page.tsx',
    operation: 'MyLicensesPage',
    account: 'licenseHolder',
    variables: () => ({}),
    floor: false,
    rowsFloor: true,
  },
];

/**
 * Why a scenario would not be what the web sends: its operation is not in the web's manifest, its page does
 * not declare it, or its variables are not exactly the operation's (all of them, unset ones as null, as urql
 * sends them) with values the schema accepts. Empty when it is. The runner refuses to start otherwise.
 */
export function scenarioProblems(
  scenario: Scenario,
  facts: Facts,
  operations = persistedOperations(),
  schema: GraphQLSchema = buildSchema(loadTypeDefs()),
): string[] {
  const persisted = operations.get(scenario.operation);
  if (!persisted) return [`${scenario.operation} is not one of the web's persisted documents`];
  const problems: string[] = [];
  let source = '';
  try {
    source = readFileSync(resolve(WEB_APP, scenario.page), 'utf8');
  } catch {
    problems.push(`no page ${scenario.page}`);
  }
  if (source && !new RegExp(`\\bquery ${scenario.operation}\\b`).test(source))
    problems.push(`${scenario.page} does not send ${scenario.operation}`);
  const document = parse(persisted.text);
  problems.push(...validate(schema, document).map((error) => error.message));
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' && definition.name?.value === scenario.operation,
  )!;
  const declared = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
  const variables = scenario.variables(facts);
  for (const name of declared)
    if (!(name in variables)) problems.push(`variable $${name} is not sent (the page sends every one)`);
  for (const name of Object.keys(variables))
    if (!declared.includes(name)) problems.push(`variable $${name} is not declared by ${scenario.operation}`);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  problems.push(...(coerced.errors ?? []).map((error) => error.message));
  return problems;
}
