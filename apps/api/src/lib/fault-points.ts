import pg from 'pg';
import { readApiEnvVariable } from '../env-schema.ts';

/**
 * Named points inside multi-step writes where a test makes the work fail on purpose (README: Faults at named
 * points), instead of killing a process at a lucky moment. Each sits inside the work's transaction, after its
 * first write and before the rest, so a failure there shows whether anything can be left half-written.
 */
export type FaultPointName =
  /** syncCase updating a case: the case row changed, the transition's timeline event not yet */
  | 'sync-case:after-case'
  /** fetchLicenseMaterial: the one-time code consumed, the material and access log not yet written */
  | 'license-fetch:after-code'
  /** the default sweep: a batch's evaluations and their outbox events inserted, the batch not yet committed */
  | 'sweep:after-batch-insert'
  /** an outbox delivery: the handler has run (sent its POST, written with the transaction), DONE not yet marked */
  | 'outbox-delivery:after-handler';

/** What an armed point does, given the transaction's client (e.g. kill its database connection). */
export type FaultAction = (tx: RawQueries) => Promise<void>;
type RawQueries = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

const armed = new Map<FaultPointName, FaultAction>();

/** Called by the work at the point; does nothing unless a test armed it. */
export async function faultPoint(name: FaultPointName, tx: RawQueries): Promise<void> {
  const action = armed.get(name);
  if (action) await action(tx);
}

/** Tests only: the next time `name` is reached, `action` runs there (once). Refused in production. */
export function armFault(name: FaultPointName, action: FaultAction): void {
  if (readApiEnvVariable('NODE_ENV') === 'production')
    throw new Error('fault points cannot be armed in production');
  armed.set(name, async (tx) => {
    armed.delete(name);
    await action(tx);
  });
}

/**
 * The transaction's connection is killed by the server (`pg_terminate_backend`, from another connection), as
 * a PostgreSQL restart or a network cut would: its next statement fails, nothing of it commits.
 */
export function terminateConnection(adminUrl: string): FaultAction {
  return async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
    const pid = rows[0]!.pid;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend($1::int, 5000)', [pid]);
    } finally {
      await admin.end();
    }
  };
}
