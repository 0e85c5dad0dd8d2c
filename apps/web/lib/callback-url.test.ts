import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('keeps paths on this site', () => {
    expect(safeCallbackPath('/personal/cases?list=COMPLETED')).toBe('/personal/cases?list=COMPLETED');
    vi.stubEnv('NEXTAUTH_URL', 'http://127.0.0.1:3000');
    expect(safeCallbackPath('http://127.0.0.1:3000/personal?x=1')).toBe('/personal?x=1');
  });

  it('refuses other sites and odd values', () => {
    for (const value of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
    ]) {
      expect(safeCallbackPath(value)).toBe('/personal');
    }
    expect(safeCallbackPath(undefined)).toBe('/personal');
    expect(safeCallbackPath(['/a', '/b'])).toBe('/personal');
    expect(safeCallbackPath('/login?callbackUrl=/personal')).toBe('/personal');
  });
});
