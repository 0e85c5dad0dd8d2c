// The rollup triggers and tables of prisma/migrations/20261204151500_dashboard_rollups, for the bench's loads:
// writing the raw rows with the triggers off and then filling each rollup table from its *_from_raw view (the
// migration's own fill, and the views the rollup tests keep equal to the tables) gives the same rollups as
// the triggers would, in one set-based statement per table instead of trigger work per written statement.

/** Per table, the triggers that keep the rollups current. */
export const ROLLUP_TRIGGERS: [table: string, trigger: string][] = [
  ['cases', 'cases_rollups_insert'],
  ['cases', 'cases_rollups_update'],
  ['cases', 'cases_rollups_delete'],
  ['evaluations', 'evaluations_rollups'],
  ['evaluation_replies', 'evaluation_replies_rollups'],
  ['evaluation_appeals', 'evaluation_appeals_rollups'],
];

const ROLLUP_TABLES = [
  'evaluation_rollups',
  'evaluation_score_rollups',
  'case_rollups',
  'case_status_rollups',
];

type Exec = (sql: string) => Promise<unknown>;

/** Turns the rollup triggers off or on (ALTER TABLE: it holds for every session until turned back). */
export async function setRollupTriggers(exec: Exec, enabled: boolean): Promise<void> {
  for (const [table, trigger] of ROLLUP_TRIGGERS)
    await exec(`ALTER TABLE "${table}" ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER "${trigger}"`);
}

/** Every rollup table emptied and refilled from its view over the raw rows: one statement per table. */
export async function rebuildRollups(exec: Exec): Promise<void> {
  await exec(`TRUNCATE ${ROLLUP_TABLES.map((table) => `"${table}"`).join(', ')}`);
  for (const table of ROLLUP_TABLES) await exec(`INSERT INTO "${table}" SELECT * FROM "${table}_from_raw"`);
}
