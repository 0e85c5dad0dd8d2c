/**
 * Runs once when the server starts: refuse to serve in production without the required variables. The check
 * lives in its own module, imported only in the Node.js runtime, so the Edge bundle never sees process.exit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { refuseToStartWithoutEnv } = await import('./lib/refuse-to-start');
  refuseToStartWithoutEnv();
}
