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

  it('are 已过期 from the expiry instant on', () => {
    const expiresAt = new Date('2026-11-28T10:10:00.000Z');
    const grant = { usedAt: null, revokedAt: null, expiresAt } as Parameters<typeof grantStatus>[0];
    expect(grantStatus(grant, new Date(expiresAt.getTime() - 1))).toBe('UNUSED');
    expect(grantStatus(grant, expiresAt)).toBe('EXPIRED');
    expect(grantStatus({ ...grant, usedAt: new Date() }, expiresAt)).toBe('USED');
    expect(grantStatus({ ...grant, revokedAt: new Date() }, new Date(0))).toBe('REVOKED');
  });
});
