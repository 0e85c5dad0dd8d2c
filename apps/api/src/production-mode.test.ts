import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/test-api.ts';

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

  it(isProduction ? 'serves no Sandbox landing page' : 'serves the Sandbox landing page', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body.includes('<html') || body.includes('<!DOCTYPE')).toBe(!isProduction);
  });
});
