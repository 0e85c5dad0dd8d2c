import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeCallbackPath, signInHref } from './callback-url';

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
      '/\t/evil.example/x',
      '/personal\\..\\..\\evil',
      '\\\\evil.example',
      'http://hall.invalid.evil.example/personal',
    ]) {
      expect(safeCallbackPath(value)).toBe('/personal');
    }
    expect(safeCallbackPath(undefined)).toBe('/personal');
    expect(safeCallbackPath(['/a', '/b'])).toBe('/personal');
    expect(safeCallbackPath('/login?callbackUrl=/personal')).toBe('/personal');
  });

  it('never answers a protocol-relative path, also when this site names one', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://127.0.0.1:3000');
    expect(safeCallbackPath('http://127.0.0.1:3000//evil.example/x')).toBe('/personal');
    expect(safeCallbackPath('/.//evil.example')).toBe('/personal');
    expect(safeCallbackPath('https://127.0.0.1:3000/personal')).toBe('/personal');
  });

  it('builds the sign-in address that returns to a safe path only', () => {
    expect(signInHref('/dashboard?kind=WEEK&day=2026-11-30')).toBe(
      '/login?callbackUrl=%2Fdashboard%3Fkind%3DWEEK%26day%3D2026-11-30',
    );
    expect(signInHref('//evil.example/x', '/staff')).toBe('/login?callbackUrl=%2Fstaff');
  });
});
