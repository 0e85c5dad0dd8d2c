import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { describe, it, expect, afterEach } from 'vitest';
import {
  currentPiiKeyId,
  decryptPii,
  encryptPii,
  maskPhone,
  piiLookupHash,
  resetPiiKeysForTests,
} from './pii.ts';

const ENV_NAMES = ['NODE_ENV', 'PII_ENCRYPTION_KEY', 'PII_ENCRYPTION_KEYS', 'PII_HASH_KEY'] as const;
const savedEnv = Object.fromEntries(ENV_NAMES.map((n) => [n, process.env[n]]));

afterEach(() => {
  for (const n of ENV_NAMES) {
    if (savedEnv[n] === undefined) delete process.env[n];
    else (process.env as Record<string, string | undefined>)[n] = savedEnv[n];
  }
  resetPiiKeysForTests();
});

function useDevKeys(): void {
  delete process.env.PII_ENCRYPTION_KEY;
  delete process.env.PII_ENCRYPTION_KEYS;
  delete process.env.PII_HASH_KEY;
  (process.env as Record<string, string | undefined>).NODE_ENV = 'test';
  resetPiiKeysForTests();
}

describe('encryptPii / decryptPii', () => {
  it('round-trips Chinese text, empty strings and ID numbers', () => {
    useDevKeys();
    for (const plain of ['张三 · 天津市河西区友谊路 1 号', '', '11010519491231002X', '😀']) {
      const token = encryptPii(plain);
      expect(token).toMatch(/^v2\.1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/);
      expect(decryptPii(token)).toBe(plain);
    }
  });

  it('produces different tokens for the same value', () => {
    useDevKeys();
    const a = encryptPii('张三');
    const b = encryptPii('张三');
    expect(a).not.toBe(b);
    expect(decryptPii(a)).toBe(decryptPii(b));
  });

  it('detects tampering with any single character', () => {
    useDevKeys();
    const token = encryptPii('天津市 12010219900101123X');
    for (let i = 0; i < token.length; i++) {
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(() => decryptPii(flipped), `position ${i}`).toThrow();
    }
  });

  it('rejects malformed tokens and tokens from another key', () => {
    useDevKeys();
    const token = encryptPii('secret');
    for (const bad of [
      '',
      'v1',
      'v3' + token.slice(2),
      'v1' + token.slice(2),
      token + '.x',
      token.split('.').slice(0, 3).join('.'),
    ]) {
      expect(() => decryptPii(bad)).toThrow();
    }
    process.env.PII_ENCRYPTION_KEY = 'ab'.repeat(32);
    resetPiiKeysForTests();
    expect(() => decryptPii(token)).toThrow('PII token failed authentication');
  });

  it('accepts keys as hex or base64 and rejects keys of the wrong size', () => {
    (process.env as Record<string, string | undefined>).NODE_ENV = 'production';
    const key = Buffer.alloc(32, 7);
    process.env.PII_ENCRYPTION_KEY = key.toString('hex');
    resetPiiKeysForTests();
    const token = encryptPii('hello');
    process.env.PII_ENCRYPTION_KEY = key.toString('base64');
    resetPiiKeysForTests();
    expect(decryptPii(token)).toBe('hello');
    process.env.PII_ENCRYPTION_KEY = key.toString('base64url');
    resetPiiKeysForTests();
    expect(decryptPii(token)).toBe('hello');
    process.env.PII_ENCRYPTION_KEY = 'ab'.repeat(16);
    resetPiiKeysForTests();
    expect(() => encryptPii('hello')).toThrow(/PII_ENCRYPTION_KEY must be 32 bytes/);
  });

  it('throws in production when a key is not set, naming the variable', () => {
    (process.env as Record<string, string | undefined>).NODE_ENV = 'production';
    delete process.env.PII_ENCRYPTION_KEY;
    delete process.env.PII_HASH_KEY;
    resetPiiKeysForTests();
    expect(() => encryptPii('x')).toThrow(/PII_ENCRYPTION_KEY is not set/);
    expect(() => piiLookupHash('x')).toThrow(/PII_HASH_KEY is not set/);
  });
});

/** A token as the code before key ids wrote it: `v1.<iv>.<tag>.<ciphertext>`, AAD `v1`. */
function legacyToken(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from('v1'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

describe('key rotation', () => {
  const key1 = Buffer.alloc(32, 1).toString('hex');
  const key2 = Buffer.alloc(32, 2).toString('hex');

  it('reads tokens written before key ids as key 1', () => {
    useDevKeys();
    const devKey = createHash('sha256')
      .update('service-hall development PII_ENCRYPTION_KEY (not secret)')
      .digest();
    expect(decryptPii(legacyToken('11010519491231002X', devKey))).toBe('11010519491231002X');
    process.env.PII_ENCRYPTION_KEYS = `2:${key2}`;
    resetPiiKeysForTests();
    expect(() => decryptPii(legacyToken('x', devKey))).toThrow('PII key 1 is not configured');
  });

  it('encrypts with the first key of the ring and decrypts with any of them', () => {
    process.env.PII_ENCRYPTION_KEYS = `1:${key1}`;
    resetPiiKeysForTests();
    const old = encryptPii('12010219900101123X');
    expect(old.startsWith('v2.1.')).toBe(true);

    process.env.PII_ENCRYPTION_KEYS = `2:${key2},1:${key1}`;
    resetPiiKeysForTests();
    expect(currentPiiKeyId()).toBe('2');
    const fresh = encryptPii('12010219900101123X');
    expect(fresh.startsWith('v2.2.')).toBe(true);
    expect(decryptPii(old)).toBe('12010219900101123X');
    expect(decryptPii(fresh)).toBe('12010219900101123X');

    process.env.PII_ENCRYPTION_KEYS = `2:${key2}`;
    resetPiiKeysForTests();
    expect(decryptPii(fresh)).toBe('12010219900101123X');
    expect(() => decryptPii(old)).toThrow('PII key 1 is not configured');
  });

  it('refuses a key id moved onto another key (the id is authenticated)', () => {
    process.env.PII_ENCRYPTION_KEYS = `2:${key2},1:${key1}`;
    resetPiiKeysForTests();
    const token = encryptPii('secret');
    expect(() => decryptPii(token.replace(/^v2\.2\./, 'v2.1.'))).toThrow('PII token failed authentication');
  });

  it('rejects malformed key rings, naming the problem', () => {
    for (const [ring, message] of [
      [`${key1}`, /id:key pairs/],
      [`A:${key1}`, /id:key pairs/],
      [`1:${key1},1:${key2}`, /names key 1 twice/],
      [`1:abcd`, /key 1 must be 32 bytes/],
    ] as const) {
      process.env.PII_ENCRYPTION_KEYS = ring;
      resetPiiKeysForTests();
      expect(() => encryptPii('x'), ring).toThrow(message);
    }
  });
});

describe('piiLookupHash', () => {
  it('is stable, hex, and case/whitespace-insensitive', () => {
    useDevKeys();
    const h = piiLookupHash('11010519491231002X');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(piiLookupHash('11010519491231002X')).toBe(h);
    expect(piiLookupHash(' 11010519491231002x ')).toBe(h);
    expect(piiLookupHash('11010519491231003X')).not.toBe(h);
  });

  it('depends on the hash key, which is separate from the encryption key', () => {
    useDevKeys();
    const devHash = piiLookupHash('13812345678');
    process.env.PII_HASH_KEY = 'cd'.repeat(32);
    resetPiiKeysForTests();
    expect(piiLookupHash('13812345678')).not.toBe(devHash);
  });
});

describe('maskPhone', () => {
  it('masks an 11-digit mainland mobile as 3 + **** + 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });

  it('keeps the first 3 and last 2 for other lengths', () => {
    expect(maskPhone('02223456789')).toBe('022******89'); // 11 digits but not a mobile
    expect(maskPhone('+8613812345678')).toBe('+86*********78');
    expect(maskPhone('123456')).toBe('123*56');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBe('');
  });
});
