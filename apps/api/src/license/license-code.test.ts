import { describe, expect, it } from 'vitest';
import { hashLicenseCode, LICENSE_CODE_SHAPE, licenseCodeTtlMs, newLicenseCode } from './license-code.ts';
import { grantStatus } from './license-status.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { createHash } from 'node:crypto';

describe('license codes', () => {
  it('are 8 digits, leading zeros kept, and vary', () => {
    const codes = new Set(Array.from({ length: 200 }, newLicenseCode));
    for (const code of codes) expect(code).toMatch(LICENSE_CODE_SHAPE);
    expect(codes.size).toBeGreaterThan(195);
  });

  it('have exactly 8 digits: the shape refuses anything before or after them', () => {
    for (const code of ['1234567', '123456789', 'x12345678', '12345678x', '1234567a', ' 12345678']) {
      expect(LICENSE_CODE_SHAPE.test(code), code).toBe(false);
    }
    expect(LICENSE_CODE_SHAPE.test('00000000')).toBe(true);
  });

  it('hash to different values for different codes (the code itself is hashed)', () => {
    const hashes = new Set(['00000000', '00000001', '10000000', '99999999'].map(hashLicenseCode));
    expect(hashes.size).toBe(4);
  });

  it('are stored as a keyed hash, not a plain sha256', () => {
    const hash = hashLicenseCode('01234567');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashLicenseCode('01234567'));
    expect(hash).not.toBe(createHash('sha256').update('01234567').digest('hex'));
    expect(hash).not.toBe(piiLookupHash('01234567')); // domain-separated from ID-number hashes
  });

  it('live 10 minutes unless LICENSE_CODE_TTL_MINUTES says otherwise', () => {
    expect(licenseCodeTtlMs({})).toBe(600_000);
    expect(licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '3' })).toBe(180_000);
    expect(() => licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: 'ten' })).toThrow();
    expect(() => licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '0' })).toThrow();
  });

  it('live at most 1,440 minutes (one day); a fraction of a minute is allowed', () => {
    expect(licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '1440' })).toBe(86_400_000);
    expect(() => licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '1440.5' })).toThrow(/1440/);
    expect(() => licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '1441' })).toThrow(/1440/);
    expect(() => licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: 'Infinity' })).toThrow(/1440/);
    expect(() => licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '-5' })).toThrow(/between 0 and 1440/);
    expect(licenseCodeTtlMs({ LICENSE_CODE_TTL_MINUTES: '0.5' })).toBe(30_000);
  });

  it('are 已过期 from the expiry instant on', () => {
    const expiresAt = new Date('2026-11-28T10:10:00.000Z');
    const grant = { usedAt: null, revokedAt: null, expiresAt } as Parameters<typeof grantStatus>[0];
    expect(grantStatus(grant, new Date(expiresAt.getTime() - 1))).toBe('UNUSED');
    expect(grantStatus(grant, expiresAt)).toBe('EXPIRED');
    expect(grantStatus({ ...grant, usedAt: new Date() }, expiresAt)).toBe('USED');
    expect(grantStatus({ ...grant, revokedAt: new Date() }, new Date(0))).toBe('REVOKED');
  });
});
