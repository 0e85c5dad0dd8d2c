/** PostgreSQL's SQLSTATE for unique_violation (a unique index, or a trigger raising it). */
const UNIQUE_VIOLATION = '23505';

/**
 * True when a unique index (or a trigger raising unique_violation) refused the row, read from the error's
 * structured codes only — never from its message, which may quote anything (Prisma's quotes the calling
 * source lines): Prisma's P2002; PostgreSQL's 23505 from pg; or 23505 as Prisma's driver adapter reports it
 * on errors Prisma gives no P2002 for (a raw query's P2010 carries it as the cause's `originalCode`).
 * The one test for "that row already exists".
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  } | null;
  return (
    e?.code === 'P2002' ||
    e?.code === UNIQUE_VIOLATION ||
    e?.meta?.driverAdapterError?.cause?.originalCode === UNIQUE_VIOLATION
  );
}
