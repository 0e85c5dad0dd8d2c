// The rollups' catch-up time: `count` new completed cases, each evaluated (with replies and appeals), written
// with generateDashboardData's set-based statements — with the rollup triggers on (the product), and with only
// those triggers disabled (the floor: the same writes, no rollups kept). The difference is what keeping the
// dashboards current costs. Each round runs in a transaction that is rolled back, so the bench database keeps
// its size; the two kinds alternate which goes first.
import type { Db } from '../src/db/prisma.ts';
import { generateDashboardData } from '../src/dashboard/generate-dashboard-data.ts';
import { setRollupTriggers } from './rollup-triggers.ts';

class RolledBack extends Error {}

export interface CatchUpFigures {
  withRollups: number[];
  withoutRollups: number[];
  evaluations: number;
}

/** Seconds per round for each kind, and how many evaluations one round writes. */
export async function measureRollupCatchUp(db: Db, count: number, rounds: number): Promise<CatchUpFigures> {
  const figures: CatchUpFigures = { withRollups: [], withoutRollups: [], evaluations: 0 };
  const once = async (rollups: boolean) => {
    let seconds = 0;
    await db
      .$transaction(
        async (tx) => {
          if (!rollups) await setRollupTriggers((sql) => tx.$executeRawUnsafe(sql), false);
          const start = performance.now();
          await generateDashboardData(tx as unknown as Db, {
            prefix: 'ROLLUPBENCH',
            from: '2026-01-01',
            days: 28,
            count,
          });
          seconds = (performance.now() - start) / 1000;
          const [written] = await tx.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
             WHERE c."business_number" LIKE 'ROLLUPBENCH%'`;
          figures.evaluations = written?.n ?? 0;
          throw new RolledBack();
        },
        { timeout: 3_600_000, maxWait: 60_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    (rollups ? figures.withRollups : figures.withoutRollups).push(seconds);
  };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const rollups of order) {
      await once(rollups);
      process.stdout.write('.');
    }
  }
  return figures;
}
