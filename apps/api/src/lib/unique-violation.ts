/**
 * True when a unique index (or a trigger raising unique_violation) refused the row: Prisma's P2002, or
 * PostgreSQL's 23505 as the driver adapter reports it. The one test for "that row already exists".
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: string;
    message?: string;
    meta?: { driverAdapterError?: { cause?: { code?: string } } };
  } | null;
  return (
    e?.code === 'P2002' ||
    e?.code === '23505' ||
    e?.meta?.driverAdapterError?.cause?.code === '23505' ||
    /unique constraint|23505/i.test(e?.message ?? '')
  );
}
