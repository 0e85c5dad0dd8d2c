import { prepareTemplate, testServer } from './test-database.ts';
import { startTestApi, TEST_SESSION_SECRET } from './test-api.ts';

/**
 * For the web's browser tests: a real PostgreSQL database, migrated and seeded, and the real API over HTTP,
 * running only the web app's trusted documents for web requests, as in production.
 */
export async function startTestStack(): Promise<{
  apiUrl: string;
  databaseUrl: string;
  sessionSecret: string;
  stop(): Promise<void>;
}> {
  const { adminUrl, embedded } = await testServer();
  await prepareTemplate(adminUrl);
  const api = await startTestApi(adminUrl, {
    trustedDocuments: { mode: 'enforce' },
    // The browser tests sign in as a handful of seeded people and act for them all run long (王刚 alone
    // through 在线申报, 我的证照, the portal story and every page check), far beyond one person's hour; the
    // hourly budget itself is tested against the API (limits/rate-limit.test.ts), not here.
    queryLimits: { userPointsPerHour: 10_000_000 },
  });
  return {
    apiUrl: api.url,
    databaseUrl: api.databaseUrl,
    sessionSecret: TEST_SESSION_SECRET,
    async stop() {
      await api.close();
      if (embedded?.startedHere) await embedded.stop();
    },
  };
}
