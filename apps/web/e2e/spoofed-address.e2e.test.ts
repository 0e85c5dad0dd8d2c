import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { ACCOUNTS, waitForHydration } from './browser';
import { signInOverRest } from './sign-in-over-rest';
import { usersInBrowsers } from './users';

// Runs after online-application.e2e.test.ts (name order, vitest.config.ts): that test leaves a submitted
// 外商投资项目核准 case with uploaded files, which the 市发改委 clerk reads below.

const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);

/** Where every request of these tests really comes from: this machine, to the web server on 127.0.0.1. */
const REAL_ADDRESS = /^(::ffff:)?127\.0\.0\.1$/;
const forged = (n: number) => `203.0.113.${n}`;
/** The API's per-address sign-in limit (apps/api/src/auth/login-throttle.ts). */
const PER_ADDRESS_LIMIT = 30;

/** The audit log entries of `action` (on `subjectId` if given), newest first. */
const auditEntries = (action: string, subjectId?: string) =>
  db.auditLog.findMany({ where: { action, subjectId }, orderBy: { occurredAt: 'desc' } });

/** Forgets the per-address sign-in counts, so that the other browser tests can still sign in. */
const clearAddressCounts = () =>
  db.abuseCounter.deleteMany({ where: { key: { startsWith: 'login-address:' } } });

beforeAll(clearAddressCounts);
afterAll(async () => {
  await clearAddressCounts();
  await db.$disconnect();
});

describe('a forged X-Forwarded-For does not change the address the API sees', () => {
  it('sign-in: 30 failures from "30 addresses" lock the real one; the 31st is refused as too many', async () => {
    for (let attempt = 1; attempt <= PER_ADDRESS_LIMIT; attempt += 1) {
      // A different login each time, so that only the per-address limit can lock.
      const answer = await signInOverRest(
        webUrl,
        { login: `1380000${String(attempt).padStart(4, '0')}`, password: 'wrong' },
        { 'x-forwarded-for': forged(attempt) },
      );
      expect(answer.error, `attempt ${attempt}`).toBe('CredentialsSignin');
    }
    const locked = await signInOverRest(
      webUrl,
      { login: '13800009999', password: 'wrong' },
      { 'x-forwarded-for': forged(99) },
    );
    expect(locked.error).toBe('TOO_MANY_ATTEMPTS');
    // Even the right password from that address waits.
    const rightPassword = await signInOverRest(webUrl, ACCOUNTS.citizen, { 'x-forwarded-for': forged(100) });
    expect(rightPassword).toEqual({ cookie: undefined, error: 'TOO_MANY_ATTEMPTS' });

    const counters = await db.abuseCounter.findMany({ where: { key: { startsWith: 'login-address:' } } });
    expect(counters.map((counter) => counter.key.slice('login-address:'.length))).toEqual([
      expect.stringMatching(REAL_ADDRESS),
    ]);
    await clearAddressCounts();

    // The session of a sign-in with a forged header records the real address too.
    const signedIn = await signInOverRest(webUrl, ACCOUNTS.citizen, { 'x-forwarded-for': forged(101) });
    expect(signedIn.cookie).toBeDefined();
    const session = await db.session.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(session.ip).toMatch(REAL_ADDRESS);
  });

  it('GraphQL (/api/graphql): the audit log of an ID-number look-up records the real address', async () => {
    const clerk = await openAs(ACCOUNTS.windowClerk, '/staff/window');
    await clerk.setExtraHTTPHeaders({ 'x-forwarded-for': forged(7) });
    const before = (await auditEntries('citizen.lookup_by_id_number')).length;
    const idNumber = clerk.getByRole('textbox', { name: '身份证号' });
    await waitForHydration(idNumber);
    await idNumber.fill(ACCOUNTS.citizen.login);
    await clerk.getByRole('button', { name: '查询' }).click();
    await clerk.getByTestId('citizen-match').getByText('李华').waitFor();

    const logged = await auditEntries('citizen.lookup_by_id_number');
    expect(logged).toHaveLength(before + 1);
    expect(logged[0]!.ip).toMatch(REAL_ADDRESS);
  });

  it('files (/api/files): the audit log of a staff member reading a material records the real address', async () => {
    const material = await db.caseMaterial.findFirst({
      where: {
        storageKey: { not: null },
        case: { status: { not: 'DRAFT' }, item: { name: '外商投资项目核准' } },
      },
    });
    if (!material)
      throw new Error('no submitted 外商投资项目核准 case with a file: run online-application first');
    const fileId = Buffer.from(`CaseMaterial:${material.id}`).toString('base64url');

    const { cookie } = await signInOverRest(webUrl, ACCOUNTS.ndrcClerk, { 'x-forwarded-for': forged(8) });
    const before = (await auditEntries('case_material.file.read', material.id)).length;
    const response = await fetch(`${webUrl}/api/files/${fileId}`, {
      headers: { cookie: cookie!, 'x-forwarded-for': forged(9) },
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();

    const logged = await auditEntries('case_material.file.read', material.id);
    expect(logged).toHaveLength(before + 1);
    expect(logged[0]!.ip).toMatch(REAL_ADDRESS);
  });
});
