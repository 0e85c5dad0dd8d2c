import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/test-api.ts';
import { partnerToken } from './partner/partner-token.ts';

/** The same checks in development and production mode, so each test shows the difference it asserts. */
describe.each([
  { mode: 'production', isProduction: true },
  { mode: 'development', isProduction: false },
])('API in $mode mode', ({ isProduction }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { isProduction });
  });
  afterAll(() => api?.close());

  it(isProduction ? 'refuses introspection' : 'allows introspection', async () => {
    const result = await api.graphql<{ __schema: unknown }>('{ __schema { queryType { name } } }');
    if (isProduction) {
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors![0]!.message).toMatch(/introspection is not allowed/i);
    } else {
      expect(result.data!.__schema).toEqual({ queryType: { name: 'Query' } });
    }
  });

  it(isProduction ? 'sends no stack traces' : 'sends stack traces', async () => {
    const result = await api.graphql('query($n: Int) { myCases(first: $n) { totalCount } }', { n: 'many' });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect('stacktrace' in result.errors![0]!.extensions!).toBe(!isProduction);
  });

  it('serves no Sandbox landing page (it loads from a CDN; the web app serves GraphiQL at /graphiql)', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body.includes('<html') || body.includes('<!DOCTYPE')).toBe(false);
  });

  it(
    isProduction ? 'lets partners and staff introspect, not citizens' : 'lets everyone introspect',
    async () => {
      const introspect = async (as: Parameters<TestApi['graphql']>[2]) =>
        (await api.graphql<{ __schema: unknown }>('{ __schema { queryType { name } } }', {}, as)).data
          ?.__schema;
      const citizen = { sessionToken: await api.sessionFor('11010519491231002X') };
      const clerk = { sessionToken: await api.sessionFor('120102198801010033') };
      const bearer = await partnerToken(
        api.url,
        'nk-social-security-system',
        'dev-secret-nk-social-security',
      );
      expect(await introspect({ bearer })).toEqual({ queryType: { name: 'Query' } });
      expect(await introspect(clerk)).toEqual({ queryType: { name: 'Query' } });
      expect(Boolean(await introspect(citizen))).toBe(!isProduction);
    },
  );
});
