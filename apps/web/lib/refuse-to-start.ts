import { missingWebEnv } from './required-env';

/** Node.js runtime only (see instrumentation.ts): exits when a variable production requires is missing. */
export function refuseToStartWithoutEnv(): void {
  const missing = missingWebEnv(process.env);
  if (missing.length) {
    console.error(`Refusing to start in production without: ${missing.join(', ')} (see README).`);
    process.exit(1);
  }
}
