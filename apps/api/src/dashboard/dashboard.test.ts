import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { parseCst } from '../lib/natural-days.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { evaluationFigures } from '../evaluation/compute-evaluation-figures.ts';
import { generateDashboardData } from './generate-dashboard-data.ts';

const SUPERVISOR = '120103199506300055';
const HEAD_SOCIAL_SECURITY = '120104197805060044';
const CLERK_SOCIAL_SECURITY = '120102198801010033';
const CLERK_APPROVAL = '120104197911200047';
const AS_OF = parseCst('2026-12-10 12:00:00');

const FIGURES = `total bad overdue badRate excludedByAppeal`;
const DASHBOARD = `query($period: DashboardPeriodInput!, $d: ID) {
  dashboard(period: $period, departmentId: $d) {
    period { from to previousFrom previousTo }
    department { id }
    overall { ${FIGURES} } previous { ${FIGURES} }
    cases { applied completed medianWorkingDays p90WorkingDays completedPastPromise appliedBySource { source count } }
    byDepartment { department { id name } current { ${FIGURES} } cases { completed } }
    byItem { item { name } current { total } }
    trend { day evaluations bad }
    dimensionScores { dimension average count }
    alerts { department { name } kind value threshold }
    workCalendarYears
  } }`;

describe('dashboards over HTTP', () => {
  let api: TestApi;
  let supervisor: string;
  let head: string;
  let own: string;
  let other: string;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock: { now: () => AS_OF } });
    await generateDashboardData(api.db, { prefix: 'DH', from: '2026-11-01', days: 30, count: 600 });
    supervisor = await api.sessionFor(SUPERVISOR);
    head = await api.sessionFor(HEAD_SOCIAL_SECURITY);
    const departmentOf = async (idNumber: string) =>
      (await api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(idNumber) } }))
        .departmentId!;
    own = await departmentOf(CLERK_SOCIAL_SECURITY);
    other = await departmentOf(CLERK_APPROVAL);
  });
  afterAll(() => api?.close());

  type Figures = {
    total: number;
    bad: number;
    overdue: number;
    badRate: number | null;
    excludedByAppeal: number;
  };
  type Dashboard = {
    dashboard: {
      period: Record<string, string>;
      department: { id: string } | null;
      overall: Figures;
      previous: Figures;
      cases: {
        applied: number;
        completed: number;
        medianWorkingDays: number | null;
        p90WorkingDays: number | null;
        completedPastPromise: number;
        appliedBySource: { source: string; count: number }[];
      };
      byDepartment: {
        department: { id: string; name: string };
        current: Figures;
        cases: { completed: number };
      }[];
      trend: { day: string; evaluations: number; bad: number }[];
      dimensionScores: { average: number; count: number }[];
      alerts: { kind: string }[];
      workCalendarYears: number[];
    };
  };
  const month = { kind: 'MONTH', day: '2026-11-18' };

  it('shows a month beside the previous one, with trend, 办件时效 and alerts, as compute-evaluation-figures counts', async () => {
    const result = await api.graphql<Dashboard>(DASHBOARD, { period: month }, { sessionToken: supervisor });
    expect(result.errors).toBeUndefined();
    const dashboard = result.data!.dashboard;
    expect(dashboard.period).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      previousFrom: '2026-10-01',
      previousTo: '2026-10-31',
    });
    // The calendar the page names is the one the working days are counted with (the database's table).
    const years = await api.db.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT extract(year FROM "day")::int AS "year" FROM "work_calendar_days" ORDER BY 1`;
    expect(dashboard.workCalendarYears).toEqual(years.map((row) => row.year));
    const raw = await evaluationFigures(
      api.db,
      { from: parseCst('2026-11-01 00:00:00'), to: parseCst('2026-12-01 00:00:00') },
      AS_OF,
    );
    expect(dashboard.overall.total).toBe(raw.overall.total);
    expect(dashboard.overall.overdue).toBe(raw.overall.overdue);
    expect(dashboard.overall.badRate).toBeCloseTo(raw.overall.badRate!, 12);
    expect(dashboard.trend[0]!.day).toBe('2026-10-01');
    expect(dashboard.trend.at(-1)!.day).toBe('2026-11-30');
    expect(dashboard.trend.filter((p) => p.day >= '2026-11-01').reduce((n, p) => n + p.evaluations, 0)).toBe(
      dashboard.overall.total,
    );
    expect(dashboard.cases.completed).toBeGreaterThan(0);
    expect(dashboard.cases.p90WorkingDays!).toBeGreaterThanOrEqual(dashboard.cases.medianWorkingDays!);
    expect(dashboard.dimensionScores.length).toBeGreaterThan(0);
    for (const row of raw.byDepartment) {
      const shown = dashboard.byDepartment.find(
        (r) => r.department.id === toGlobalId('Department', row.departmentId!),
      );
      expect(shown?.current).toEqual({
        total: row.total,
        bad: row.bad,
        overdue: row.overdue,
        badRate: row.badRate,
        excludedByAppeal: row.excludedByAppeal,
      });
    }
  });

  it('lets a head read only its own department, and refuses another', async () => {
    const mine = await api.graphql<Dashboard>(DASHBOARD, { period: month }, { sessionToken: head });
    expect(mine.data!.dashboard.department!.id).toBe(toGlobalId('Department', own));
    expect(mine.data!.dashboard.byDepartment.map((row) => row.department.id)).toEqual([
      toGlobalId('Department', own),
    ]);
    expect(mine.data!.dashboard.alerts).toEqual([]);
    const theirs = await api.graphql(
      DASHBOARD,
      { period: month, d: toGlobalId('Department', other) },
      { sessionToken: head },
    );
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.graphql(
      'query($d: ID) { dashboardEvaluations(period: { kind: MONTH, day: "2026-11-01" }, departmentId: $d) { totalCount } }',
      { d: toGlobalId('Department', other) },
      { sessionToken: head },
    );
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('drills down to exactly the evaluations behind a number, paged', async () => {
    const dashboard = (
      await api.graphql<Dashboard>(DASHBOARD, { period: month }, { sessionToken: supervisor })
    ).data!.dashboard;
    const row = dashboard.byDepartment.find((r) => r.department.id === toGlobalId('Department', own))!;
    const page = (filter: string, after?: string) =>
      api.graphql<{
        dashboardEvaluations: {
          totalCount: number;
          nodes: { id: string; isBad: boolean; case: { department: { id: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        `query($d: ID, $f: DashboardEvaluationFilter, $after: String) {
          dashboardEvaluations(period: { kind: MONTH, day: "2026-11-01" }, departmentId: $d, filter: $f, first: 30, after: $after) {
            totalCount nodes { id isBad case { department { id } } } pageInfo { hasNextPage endCursor } } }`,
        { d: row.department.id, f: filter, after },
        { sessionToken: supervisor },
      );
    const bad = await page('BAD');
    expect(bad.errors).toBeUndefined();
    expect(bad.data!.dashboardEvaluations.totalCount).toBe(row.current.bad);
    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const next = (await page('BAD', after)).data!.dashboardEvaluations;
      for (const node of next.nodes) {
        expect(node.isBad).toBe(true);
        expect(node.case.department.id).toBe(row.department.id);
        seen.add(node.id);
      }
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen.size).toBe(row.current.bad);
    expect((await page('OVERDUE')).data!.dashboardEvaluations.totalCount).toBe(row.current.overdue);
    expect((await page('EXCLUDED_BY_APPEAL')).data!.dashboardEvaluations.totalCount).toBe(
      row.current.excludedByAppeal,
    );
  });

  it('drills down from the 办件 figures to exactly the cases behind them, paged, and refuses what it cannot list', async () => {
    const dashboard = (
      await api.graphql<Dashboard>(DASHBOARD, { period: month }, { sessionToken: supervisor })
    ).data!.dashboard;
    type CasePage = {
      dashboardCases: {
        totalCount: number;
        edges: {
          workingDays: number | null;
          pastPromise: boolean | null;
          node: { id: string; source: string };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const page = (variables: Record<string, unknown>, sessionToken = supervisor) =>
      api.graphql<CasePage>(
        `query($d: ID, $f: DashboardCaseFilter, $source: CaseSource, $status: CaseStatus, $after: String) {
          dashboardCases(period: { kind: MONTH, day: "2026-11-01" }, departmentId: $d, filter: $f,
                         source: $source, status: $status, first: 100, after: $after) {
            totalCount edges { workingDays pastPromise node { id source } } pageInfo { hasNextPage endCursor } } }`,
        variables,
        { sessionToken },
      );
    const count = async (variables: Record<string, unknown>) => {
      const result = await page(variables);
      expect(result.errors).toBeUndefined();
      return result.data!.dashboardCases.totalCount;
    };
    expect(await count({ f: 'APPLIED' })).toBe(dashboard.cases.applied);
    expect(await count({ f: 'COMPLETED' })).toBe(dashboard.cases.completed);
    const { completedPastPromise, appliedBySource } = dashboard.cases;
    expect(completedPastPromise).toBeGreaterThan(0);
    expect(await count({ f: 'PAST_PROMISE' })).toBe(completedPastPromise);
    for (const { source, count: figure } of appliedBySource) {
      expect(await count({ f: 'APPLIED', source })).toBe(figure);
    }
    // Every page, no case twice, each completed past its promise with its working days.
    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const next = (await page({ f: 'PAST_PROMISE', after })).data!.dashboardCases;
      for (const edge of next.edges) {
        expect(edge.pastPromise).toBe(true);
        expect(edge.workingDays).toBeGreaterThan(0);
        seen.add(edge.node.id);
      }
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen.size).toBe(completedPastPromise);
    // A head lists its own department's cases only.
    const mine = await page({ f: 'COMPLETED' }, head);
    const ownRow = dashboard.byDepartment.find((r) => r.department.id === toGlobalId('Department', own))!;
    expect(mine.data!.dashboardCases.totalCount).toBe(ownRow.cases.completed);
    const theirs = await page({ f: 'COMPLETED', d: toGlobalId('Department', other) }, head);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // IN_STATUS needs a status, other lists take none, and drafts are never listed.
    for (const variables of [
      { f: 'IN_STATUS' },
      { f: 'APPLIED', status: 'COMPLETED' },
      { f: 'IN_STATUS', status: 'DRAFT' },
    ]) {
      const refused = await page(variables);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'status',
      });
    }
    expect(await count({ f: 'IN_STATUS', status: 'COMPLETED' })).toBeGreaterThanOrEqual(600);
  });

  it('exports the view as .xlsx with its filters, for the head of its own department only', async () => {
    const url = (department: string) =>
      `${api.url}/dashboard/evaluations.xlsx?kind=MONTH&day=2026-11-01&filter=BAD&department=${encodeURIComponent(
        toGlobalId('Department', department),
      )}`;
    const response = await fetch(url(own), { headers: { 'x-session-token': head } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('评价明细')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '统计期间', '2026-11-01 至 2026-11-30（北京时间）']);
    expect(sheet.getRow(2).values).toEqual([undefined, '部门', '南开社保分中心']);
    expect(sheet.getRow(4).values).toEqual([undefined, '范围', '差评（不满意、非常不满意）']);
    const list = await api.graphql<{ dashboardEvaluations: { totalCount: number } }>(
      'query($d: ID) { dashboardEvaluations(period: { kind: MONTH, day: "2026-11-01" }, departmentId: $d, filter: BAD) { totalCount } }',
      { d: toGlobalId('Department', own) },
      { sessionToken: head },
    );
    expect(sheet.rowCount - 7).toBe(list.data!.dashboardEvaluations.totalCount);
    for (let r = 8; r <= sheet.rowCount; r++) {
      expect(['不满意', '非常不满意']).toContain(sheet.getRow(r).getCell(5).value);
      expect(sheet.getRow(r).getCell(3).value).toBe('南开社保分中心');
    }
    expect((await fetch(url(other), { headers: { 'x-session-token': head } })).status).toBe(403);
    expect((await fetch(url(own))).status).toBe(401);
    expect(
      (
        await fetch(`${api.url}/dashboard/evaluations.xlsx?kind=YEAR&day=2026-11-01`, {
          headers: { 'x-session-token': head },
        })
      ).status,
    ).toBe(400);
  });

  it('exports the 办件明细 list: the same rows and filters, for the head of its own department only', async () => {
    const d = encodeURIComponent(toGlobalId('Department', own));
    const url = (query: string) => `${api.url}/dashboard/cases.xlsx?kind=MONTH&day=2026-11-01&${query}`;
    const sheetOf = async (response: Response) => {
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      return workbook.getWorksheet('办件明细')!;
    };
    type CaseList = {
      dashboardCases: {
        totalCount: number;
        edges: { workingDays: number | null; node: { businessNumber: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const listed = async (variables: Record<string, unknown>) => {
      const rows: { businessNumber: string; workingDays: number | null }[] = [];
      let after: string | undefined;
      for (;;) {
        const { data } = await api.graphql<CaseList>(
          `query($d: ID, $f: DashboardCaseFilter, $source: CaseSource, $after: String) {
            dashboardCases(period: { kind: MONTH, day: "2026-11-01" }, departmentId: $d, filter: $f,
                           source: $source, first: 100, after: $after) {
              totalCount edges { workingDays node { businessNumber } } pageInfo { hasNextPage endCursor } } }`,
          { ...variables, after },
          { sessionToken: head },
        );
        rows.push(...data!.dashboardCases.edges.map((e) => ({ ...e.node, workingDays: e.workingDays })));
        if (!data!.dashboardCases.pageInfo.hasNextPage)
          return { rows, total: data!.dashboardCases.totalCount };
        after = data!.dashboardCases.pageInfo.endCursor;
      }
    };

    const completed = await sheetOf(
      await fetch(url(`filter=COMPLETED&department=${d}`), { headers: { 'x-session-token': head } }),
    );
    expect(completed.getRow(1).values).toEqual([
      undefined,
      '统计期间',
      '2026-11-01 至 2026-11-30（北京时间）',
    ]);
    expect(completed.getRow(2).values).toEqual([undefined, '部门', '南开社保分中心']);
    expect(completed.getRow(3).values).toEqual([undefined, '事项', '全部事项']);
    expect(completed.getRow(4).values).toEqual([undefined, '范围', '办结办件']);
    expect(completed.getRow(7).getCell(1).value).toBe('业务编号');
    const expected = await listed({ d: toGlobalId('Department', own), f: 'COMPLETED' });
    expect(expected.total).toBeGreaterThan(0);
    const cells = (sheet: ExcelJS.Worksheet, first: number) =>
      Array.from({ length: sheet.rowCount - first + 1 }, (_, i) => sheet.getRow(first + i)).map((row) => ({
        businessNumber: row.getCell(1).value,
        department: row.getCell(3).value,
        workingDays: row.getCell(8).value ?? null,
      }));
    const exported = cells(completed, 8);
    expect(exported).toHaveLength(expected.total);
    expect(exported.map(({ businessNumber, workingDays }) => ({ businessNumber, workingDays }))).toEqual(
      expected.rows,
    );
    expect(new Set(exported.map((row) => row.department))).toEqual(new Set(['南开社保分中心']));

    // A source is one more filter row; without a department the head's own is written.
    const online = await sheetOf(
      await fetch(url('filter=APPLIED&source=ONLINE'), { headers: { 'x-session-token': head } }),
    );
    expect(online.getRow(2).values).toEqual([undefined, '部门', '南开社保分中心']);
    expect(online.getRow(5).values).toEqual([undefined, '来源', '网上申报']);
    const onlineList = await listed({ f: 'APPLIED', source: 'ONLINE' });
    expect(cells(online, 9).map((row) => row.businessNumber)).toEqual(
      onlineList.rows.map((row) => row.businessNumber),
    );

    const refused = await fetch(
      url(`filter=COMPLETED&department=${encodeURIComponent(toGlobalId('Department', other))}`),
      { headers: { 'x-session-token': head } },
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await fetch(url('filter=COMPLETED'))).status).toBe(401);
    const clerk = await api.sessionFor(CLERK_SOCIAL_SECURITY);
    expect((await fetch(url('filter=COMPLETED'), { headers: { 'x-session-token': clerk } })).status).toBe(
      403,
    );
    for (const bad of ['filter=IN_STATUS', 'filter=IN_STATUS&status=DRAFT', 'filter=APPLIED&source=FAX']) {
      expect((await fetch(url(bad), { headers: { 'x-session-token': head } })).status).toBe(400);
    }
  });

  it('exports 统计分析 as its figures tables, the same numbers as the dashboard', async () => {
    const response = await fetch(`${api.url}/dashboard/figures.xlsx?kind=MONTH&day=2026-11-01`, {
      headers: { 'x-session-token': supervisor },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const dashboard = (
      await api.graphql<Dashboard>(DASHBOARD, { period: month }, { sessionToken: supervisor })
    ).data!.dashboard;
    const figures = workbook.getWorksheet('主要指标')!;
    expect(figures.getRow(1).values).toEqual([undefined, '统计期间', '2026-11-01 至 2026-11-30（北京时间）']);
    expect(figures.getRow(2).values).toEqual([undefined, '部门', '全部部门']);
    const value = (label: string) => {
      const row = Array.from({ length: figures.rowCount }, (_, i) => figures.getRow(i + 1)).find(
        (r) => r.getCell(1).value === label,
      )!;
      return [row.getCell(2).value, row.getCell(3).value];
    };
    expect(value('评价总量')).toEqual([dashboard.overall.total, dashboard.previous.total]);
    expect(value('超期回复')).toEqual([dashboard.overall.overdue, dashboard.previous.overdue]);
    expect(value('差评率（%）')[0]).toBe(Math.round(dashboard.overall.badRate! * 1000) / 10);
    expect(value('办结办件')[0]).toBe(dashboard.cases.completed);
    const departments = workbook.getWorksheet('各部门指标')!;
    const names = Array.from(
      { length: departments.rowCount - 7 },
      (_, i) => departments.getRow(8 + i).getCell(1).value,
    );
    expect(names.sort()).toEqual(dashboard.byDepartment.map((row) => row.department.name).sort());
    const trend = workbook.getWorksheet('每日趋势')!;
    expect(trend.rowCount - 7).toBe(dashboard.trend.length);
    // A head's export is narrowed like the page, another department refused.
    const mine = await fetch(`${api.url}/dashboard/figures.xlsx?kind=MONTH&day=2026-11-01`, {
      headers: { 'x-session-token': head },
    });
    const own = new ExcelJS.Workbook();
    await own.xlsx.load(Buffer.from(await mine.arrayBuffer()) as unknown as ArrayBuffer);
    expect(own.getWorksheet('各部门指标')!.getRow(8).getCell(1).value).toBe('南开社保分中心');
    expect(own.getWorksheet('各部门指标')!.rowCount).toBe(8);
    const theirs = await fetch(
      `${api.url}/dashboard/figures.xlsx?kind=MONTH&day=2026-11-01&department=${encodeURIComponent(
        toGlobalId('Department', other),
      )}`,
      { headers: { 'x-session-token': head } },
    );
    expect(theirs.status).toBe(403);
  });

  it('publishes last month and year per department to anyone', async () => {
    const result = await api.graphql<{
      publishedFigures: {
        monthFrom: string;
        monthTo: string;
        yearFrom: string;
        month: { department: { name: string }; total: number }[];
      };
    }>(
      '{ publishedFigures { monthFrom monthTo yearFrom month { department { name } total onTimeCompletionRate } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.publishedFigures).toMatchObject({
      monthFrom: '2026-11-01',
      monthTo: '2026-11-30',
      yearFrom: '2025-12-01',
    });
    const raw = await evaluationFigures(
      api.db,
      { from: parseCst('2026-11-01 00:00:00'), to: parseCst('2026-12-01 00:00:00') },
      AS_OF,
    );
    expect(result.data!.publishedFigures.month.reduce((n, row) => n + row.total, 0)).toBe(raw.overall.total);
  });
});
