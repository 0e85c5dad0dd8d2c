import { missingWebEnv } from '@/lib/required-env';

/** Runs once when the server starts: refuse to serve in production without the required variables. */
export function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const missing = missingWebEnv(process.env);
  if (missing.length) {
    console.error(`Refusing to start in production without: ${missing.join(', ')} (see README).`);
    process.exit(1);
  }
}
