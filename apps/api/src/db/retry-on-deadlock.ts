/** How many times a statement aborted by a deadlock is run again before the error is passed on. */
export const DEADLOCK_ATTEMPTS = 5;

/** True when PostgreSQL aborted the statement as a deadlock victim (40P01), through Prisma's adapter or pg. */
export function isDeadlock(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, originalCode, meta } = current as Record<string, unknown>;
    if (code === '40P01' || originalCode === '40P01') return true;
    const next = current as { cause?: unknown; driverAdapterError?: unknown };
    current =
      (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError ??
      next.driverAdapterError ??
      next.cause;
  }
  return false;
}

/**
 * Runs `work` (one statement, or one transaction: atomic, so an aborted attempt left nothing behind) again
 * when PostgreSQL aborts it as a deadlock victim. The rollup triggers take their rows in key order, but a bulk
 * writer's row-level triggers (the partner-sync change marks) still lock the reviews it touches in scan order,
 * so two bulk writers over the same reviews can cross; they retry instead, after a short random pause.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = DEADLOCK_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
