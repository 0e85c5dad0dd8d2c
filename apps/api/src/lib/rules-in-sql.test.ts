import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HALL_TIME_ZONE } from './natural-days.ts';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The SQL template literals of a file (Prisma.sql`…`, $queryRaw`…`, $executeRaw`…`). */
function sqlOf(text: string): string[] {
  return [...text.matchAll(/(?:sql|\$queryRaw|\$executeRaw)(?:<[^>`]*>)?`([^`]*)`/g)].map(
    (match) => match[1]!,
  );
}

/** Files whose SQL counts days that are data, not rules, and why. */
const DAY_COUNTS_ARE_DATA: Record<string, string> = {
  'dashboard/generate-dashboard-data.ts': 'bench data: some replies are written two days after their review',
};

describe('rules in SQL', () => {
  it('binds the time zone and day counts as parameters: no zone name or count of days (beyond the one-day unit) is written in a statement', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const statement of sqlOf(readFileSync(file, 'utf8'))) {
        const name = relative(SRC, file);
        const countsDays = /'(?:[2-9]|\d{2,}) days'/.test(statement) && !DAY_COUNTS_ARE_DATA[name];
        if (statement.includes(HALL_TIME_ZONE) || countsDays) offenders.push(name);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds the statements it checks (a file with SQL in it is read)', () => {
    const sweep = readFileSync(join(SRC, 'evaluation/sweep-default-evaluations.ts'), 'utf8');
    expect(sqlOf(sweep).some((statement) => statement.includes('INSERT INTO "evaluations"'))).toBe(true);
  });
});
