/**
 * Protection of personal data at rest.
 *
 * - encryptPii/decryptPii: AES-256-GCM, random 12-byte IV, token `v1.<iv>.<tag>.<ciphertext>`
 *   (base64url parts; the version prefix is authenticated as additional data).
 * - piiLookupHash: HMAC-SHA256 (hex) under a separate key, for exact-match look-ups.
 *
 * Keys: PII_ENCRYPTION_KEY and PII_HASH_KEY, 32 bytes each as 64 hex chars or base64/base64url.
 * Unset outside production: fixed, publicly known development keys. Unset in production: error.
 * Keys are read lazily on first use and cached.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

export type PiiKeyName = 'PII_ENCRYPTION_KEY' | 'PII_HASH_KEY';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const keyCache = new Map<PiiKeyName, Buffer>();

function parseKey(name: PiiKeyName, raw: string): Buffer {
  const text = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(text)
      ? Buffer.from(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'base64url')
      : Buffer.alloc(0);
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes given as 64 hex characters or base64`);
  return key;
}

function getKey(name: PiiKeyName): Buffer {
  const cached = keyCache.get(name);
  if (cached) return cached;
  const raw = process.env[name];
  let key: Buffer;
  if (raw !== undefined && raw.trim() !== '') {
    key = parseKey(name, raw);
  } else if (process.env.NODE_ENV === 'production') {
    throw new Error(
      `${name} is not set; it is required in production (32 bytes as 64 hex characters or base64)`,
    );
  } else {
    key = createHash('sha256').update(`service-hall development ${name} (not secret)`).digest();
  }
  keyCache.set(name, key);
  return key;
}

/** Forgets cached keys so that tests can change the environment. */
export function resetPiiKeysForTests(): void {
  keyCache.clear();
}

/** Strict base64url decoding: only canonical encodings are accepted (no padding, no stray bits). */
function decodeB64url(part: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return null;
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : null;
}

/** Encrypts a UTF-8 string; every call uses a fresh IV, so equal inputs give different tokens. */
export function encryptPii(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', getKey('PII_ENCRYPTION_KEY'), iv);
  cipher.setAAD(Buffer.from(VERSION));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Decrypts a token from encryptPii. Throws on malformed, tampered or wrongly keyed tokens. */
export function decryptPii(token: string): string {
  const parts = typeof token === 'string' ? token.split('.') : [];
  const [version, ...rest] = parts;
  const [iv, tag, ciphertext] = rest.map(decodeB64url);
  if (parts.length !== 4 || version !== VERSION || !iv || !tag || !ciphertext) {
    throw new Error('Malformed PII token');
  }
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('Malformed PII token');
  const key = getKey('PII_ENCRYPTION_KEY');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('PII token failed authentication');
  }
}

/** HMAC-SHA256 hex of the trimmed, upper-cased value (so `x`/`X` in ID numbers match). */
export function piiLookupHash(value: string): string {
  return createHmac('sha256', getKey('PII_HASH_KEY'))
    .update(value.trim().toUpperCase(), 'utf8')
    .digest('hex');
}

/** `13812345678` → `138****5678`; other lengths keep the first 3 and last 2 characters. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  if (value.length <= 5) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 5) + value.slice(-2);
}
