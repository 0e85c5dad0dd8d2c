import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type Db } from '../db/prisma.ts';
import { createTestApiRole, type TestApiRole } from '../testing/api-role.ts';
import { useTestDatabase } from '../testing/use-test-database.ts';
import { beijingYear, ensureYearPartitions, partitionsAhead } from './partitions-ahead.ts';

const GUIDE_CASE = '20191108095653989372';

// Years far from the seeded data, so each test owns its partitions.
describe('yearly partitions of case_events and audit_logs', () => {
  const database = useTestDatabase();
  let role: TestApiRole;
  let apiDb: Db;
  let apiUrl: string;
  let caseId: string;

  beforeAll(async () => {
    role = await createTestApiRole(inject('adminUrl'));
    apiUrl = await role.connectAs(database.url);
    apiDb = createPrisma(apiUrl, { poolSize: 2 });
    caseId = (await database.db.case.findFirstOrThrow({ where: { businessNumber: GUIDE_CASE } })).id;
  });
  afterAll(async () => {
    await apiDb?.$disconnect();
    await database.db.$disconnect(); // the role is dropped after the database it was granted on
  });
  afterAll(async () => {
    await role?.drop().catch(() => {}); // the database is dropped by useTestDatabase's own afterAll
  });

  const partitionOf = async (table: string, id: string) => {
    const [row] = await database.db.$queryRawUnsafe<{ partition: string }[]>(
      `SELECT tableoid::regclass::text AS partition FROM ${table} WHERE id = $1::uuid`,
      id,
    );
    return row?.partition;
  };
  const event = (occurredAt: Date, db: Db = apiDb) =>
    db.caseEvent.create({ data: { caseId, toStatus: 'COMPLETED', occurredAt } });
  const audit = (occurredAt: Date) =>
    apiDb.auditLog.create({
      data: { action: 'test.partition', subjectType: 'Case', subjectId: caseId, occurredAt },
    });

  it('the job, run as the API role, makes this Beijing year and the next for both tables, once', async () => {
    const logger = pino({ level: 'silent' });
    const now = new Date('2031-12-31T16:30:00Z'); // 2032-01-01 00:30 in Beijing
    expect(beijingYear(now)).toBe(2032);
    const first = await partitionsAhead.run({ db: apiDb, clock: { now: () => now }, logger });
    expect(first).toEqual([
      { table: 'case_events', year: 2032, outcome: 'created' },
      { table: 'case_events', year: 2033, outcome: 'created' },
      { table: 'audit_logs', year: 2032, outcome: 'created' },
      { table: 'audit_logs', year: 2033, outcome: 'created' },
    ]);
    const again = await ensureYearPartitions(apiDb, now);
    expect(again.map((result) => result.outcome)).toEqual(['exists', 'exists', 'exists', 'exists']);
  });

  it('puts each row in the partition of its Beijing year, at the boundary to the millisecond', async () => {
    await ensureYearPartitions(apiDb, new Date('2034-06-01T00:00:00Z')); // 2034 and 2035
    const lastOf2034 = await event(new Date('2034-12-31T15:59:59.999Z'));
    const firstOf2035 = await event(new Date('2034-12-31T16:00:00.000Z'));
    expect(await partitionOf('case_events', lastOf2034.id)).toBe('case_events_y2034');
    expect(await partitionOf('case_events', firstOf2035.id)).toBe('case_events_y2035');
    const logged = await audit(new Date('2035-03-01T00:00:00Z'));
    expect(await partitionOf('audit_logs', logged.id)).toBe('audit_logs_y2035');
    // the seeded guide cases of 2019 are in their year
    expect(await partitionOf('case_events', (await firstEventOfGuideCase())!)).toBe('case_events_y2019');
  });

  it('keeps a row of a year without a partition in the default one, until the job moves it into its year', async () => {
    const stray = await event(new Date('2040-05-01T00:00:00Z'));
    const ancient = await event(new Date('1990-05-01T00:00:00Z'));
    const strayLog = await audit(new Date('2041-05-01T00:00:00Z'));
    expect(await partitionOf('case_events', stray.id)).toBe('case_events_default');
    // the case's timeline shows it meanwhile
    const timeline = await apiDb.caseEvent.findMany({ where: { caseId }, orderBy: { occurredAt: 'asc' } });
    expect(timeline.at(-1)!.id).toBe(stray.id);
    const before = await database.db.caseEvent.count();
    const results = await partitionsAhead.run({
      db: apiDb,
      clock: { now: () => new Date('2038-02-01T00:00:00Z') },
      logger: pino({ level: 'silent' }),
    });
    expect(results).toEqual([
      { table: 'case_events', year: 1990, outcome: 'refused' },
      { table: 'case_events', year: 2038, outcome: 'created' },
      { table: 'case_events', year: 2039, outcome: 'created' },
      { table: 'case_events', year: 2040, outcome: 'moved' },
      { table: 'audit_logs', year: 2038, outcome: 'created' },
      { table: 'audit_logs', year: 2039, outcome: 'created' },
      { table: 'audit_logs', year: 2041, outcome: 'moved' },
    ]);
    expect(await partitionOf('case_events', stray.id)).toBe('case_events_y2040');
    expect(await partitionOf('case_events', ancient.id)).toBe('case_events_default');
    expect(await partitionOf('audit_logs', strayLog.id)).toBe('audit_logs_y2041');
    expect(await database.db.caseEvent.count()).toBe(before);
    // the new default partition takes the next stray row, and is append-only like the old one
    const next = await event(new Date('2045-01-01T00:00:00Z'));
    expect(await partitionOf('case_events', next.id)).toBe('case_events_default');
    await expect(database.db.$executeRawUnsafe('TRUNCATE case_events_default')).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses other tables and absurd years', async () => {
    await expect(apiDb.$queryRaw`SELECT ensure_year_partition('cases', 2030)`).rejects.toThrow(
      /cases is not partitioned by year/,
    );
    await expect(apiDb.$queryRaw`SELECT ensure_year_partition('case_events', 1970)`).rejects.toThrow(
      /year 1970 is out of range/,
    );
  });

  it('a new partition is append-only like its table: no UPDATE, DELETE or TRUNCATE for the API role', async () => {
    await ensureYearPartitions(apiDb, new Date('2036-06-01T00:00:00Z'));
    const row = await event(new Date('2036-07-01T00:00:00Z'));
    const client = new pg.Client({ connectionString: apiUrl });
    await client.connect();
    try {
      for (const sql of [
        'TRUNCATE case_events_y2036',
        `DELETE FROM case_events_y2036 WHERE id = '${row.id}'`,
        `UPDATE case_events_y2036 SET reason = 'x' WHERE id = '${row.id}'`,
        'TRUNCATE audit_logs_y2036',
      ])
        await expect(client.query(sql), sql).rejects.toMatchObject({ code: '42501' });
      await expect(client.query(`DELETE FROM case_events WHERE id = '${row.id}'`)).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await client.end();
    }
    // the owner is refused by the triggers (row triggers are inherited, TRUNCATE's is added per partition)
    await expect(database.db.$executeRawUnsafe('TRUNCATE case_events_y2036')).rejects.toThrow(
      /case_events_y2036 is append-only/,
    );
    await expect(
      database.db.$executeRawUnsafe(`DELETE FROM case_events_y2036 WHERE id = '${row.id}'`),
    ).rejects.toThrow(/cannot be changed or deleted/);
  });

  it('prunes to one partition when a query bounds the time, and reads a timeline by index', async () => {
    await ensureYearPartitions(apiDb, new Date('2037-06-01T00:00:00Z'));
    const plan = async (sql: string, ...values: unknown[]) => {
      const [row] = await database.db.$queryRawUnsafe<{ 'QUERY PLAN': unknown }[]>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
        ...values,
      );
      return JSON.stringify(row!['QUERY PLAN']);
    };
    const scanned = (json: string, table: string) =>
      [...json.matchAll(new RegExp(`"Relation Name":"(${table}_[a-z0-9]+)"`, 'g'))].map((m) => m[1]);
    const year = await plan(
      `SELECT count(*) FROM case_events WHERE occurred_at >= $1::timestamptz AND occurred_at < $2::timestamptz`,
      '2037-03-01T00:00:00+08:00',
      '2037-04-01T00:00:00+08:00',
    );
    expect(scanned(year, 'case_events')).toEqual(['case_events_y2037']);
    // the partner-reads list's page after a cursor: the years after the cursor are not read
    const reads = await plan(
      `SELECT id FROM audit_logs WHERE action = 'partner.read' AND occurred_at >= $1::timestamptz
         AND occurred_at < $2::timestamptz ORDER BY occurred_at DESC, id DESC LIMIT 21`,
      '2037-01-01T00:00:00+08:00',
      '2037-02-01T00:00:00+08:00',
    );
    expect(scanned(reads, 'audit_logs')).toEqual(['audit_logs_y2037']);
    // a case's timeline carries no time bound: one index probe per year, never a sequential scan
    const timeline = await plan(
      `SELECT * FROM case_events WHERE case_id = $1::uuid ORDER BY occurred_at`,
      caseId,
    );
    expect(timeline).not.toContain('Seq Scan');
    expect(scanned(timeline, 'case_events').length).toBeGreaterThan(1);
  });

  async function firstEventOfGuideCase(): Promise<string | undefined> {
    const first = await database.db.caseEvent.findFirst({
      where: { caseId },
      orderBy: { occurredAt: 'asc' },
    });
    return first?.id;
  }
});
