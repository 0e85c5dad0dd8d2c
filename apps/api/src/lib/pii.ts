/**
 * Protection of personal data at rest.
 *
 * - encryptPii/decryptPii: AES-256-GCM, random 12-byte IV, token `v2.<key id>.<iv>.<tag>.<ciphertext>`
 *   (base64url parts; `v2.<key id>` is authenticated as additional data). Tokens from before key ids,
 *   `v1.<iv>.<tag>.<ciphertext>`, are still read: they were made with the key whose id is `1`.
 * - piiLookupHash: HMAC-SHA256 (hex) under a separate key, for exact-match look-ups.
 *
 * Keys, 32 bytes each as 64 hex chars or base64/base64url:
 * - PII_ENCRYPTION_KEYS: a key ring `id:key,id:key,…` (id: 1–16 of [a-z0-9]); the first encrypts, all decrypt.
 *   Rotation: put a new key first, run `npm run pii:reencrypt`, then drop the old key.
 * - PII_ENCRYPTION_KEY: shorthand for a ring of one key with id `1` (used when PII_ENCRYPTION_KEYS is unset).
 * - PII_HASH_KEY: the look-up hash key.
 * Unset outside production: fixed, publicly known development keys. Unset in production: error.
 * Keys are read lazily on first use and cached.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { readApiEnvVariable } from '../env-schema.ts';

export type PiiKeyName = 'PII_ENCRYPTION_KEY' | 'PII_HASH_KEY';

interface KeyRing {
  currentId: string;
  keys: Map<string, Buffer>;
}

const VERSION = 'v2';
const LEGACY_VERSION = 'v1';
const LEGACY_KEY_ID = '1';
const KEY_ID = /^[a-z0-9]{1,16}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const keyCache = new Map<PiiKeyName, Buffer>();
let ringCache: KeyRing | null = null;

function parseKey(name: string, raw: string): Buffer {
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
  const raw = readApiEnvVariable(name);
  let key: Buffer;
  if (raw !== undefined && raw.trim() !== '') {
    key = parseKey(name, raw);
  } else if (readApiEnvVariable('NODE_ENV') === 'production') {
    throw new Error(
      `${name} is not set; it is required in production (32 bytes as 64 hex characters or base64)`,
    );
  } else {
    key = createHash('sha256').update(`service-hall development ${name} (not secret)`).digest();
  }
  keyCache.set(name, key);
  return key;
}

function parseKeyRing(raw: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let currentId = '';
  for (const entry of raw.split(',')) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator).trim();
    if (separator < 0 || !KEY_ID.test(id)) {
      throw new Error('PII_ENCRYPTION_KEYS must be id:key pairs separated by commas (id: 1-16 of a-z, 0-9)');
    }
    if (keys.has(id)) throw new Error(`PII_ENCRYPTION_KEYS names key ${id} twice`);
    keys.set(id, parseKey(`PII_ENCRYPTION_KEYS key ${id}`, entry.slice(separator + 1)));
    currentId ||= id;
  }
  return { currentId, keys };
}

function getKeyRing(): KeyRing {
  if (ringCache) return ringCache;
  const raw = readApiEnvVariable('PII_ENCRYPTION_KEYS');
  ringCache =
    raw !== undefined && raw.trim() !== ''
      ? parseKeyRing(raw)
      : { currentId: LEGACY_KEY_ID, keys: new Map([[LEGACY_KEY_ID, getKey('PII_ENCRYPTION_KEY')]]) };
  return ringCache;
}

/** Forgets cached keys so that tests can change the environment. */
export function resetPiiKeysForTests(): void {
  keyCache.clear();
  ringCache = null;
}

/** The id of the key new tokens are encrypted with. */
export function currentPiiKeyId(): string {
  return getKeyRing().currentId;
}

/** The prefix every token made with the current key starts with (for finding rows still under old keys). */
export function currentPiiTokenPrefix(): string {
  return `${VERSION}.${currentPiiKeyId()}.`;
}

/** Strict base64url decoding: only canonical encodings are accepted (no padding, no stray bits). */
function decodeB64url(part: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return null;
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : null;
}

/** Encrypts a UTF-8 string under the current key; every call uses a fresh IV. */
export function encryptPii(plain: string): string {
  const { currentId, keys } = getKeyRing();
  const header = `${VERSION}.${currentId}`;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.get(currentId)!, iv);
  cipher.setAAD(Buffer.from(header));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [header, iv, tag, ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

function parseToken(token: string): { header: string; keyId: string; parts: (Buffer | null)[] } | null {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts[0] === LEGACY_VERSION && parts.length === 4) {
    return { header: LEGACY_VERSION, keyId: LEGACY_KEY_ID, parts: parts.slice(1).map(decodeB64url) };
  }
  if (parts[0] === VERSION && parts.length === 5 && KEY_ID.test(parts[1]!)) {
    return { header: `${VERSION}.${parts[1]}`, keyId: parts[1]!, parts: parts.slice(2).map(decodeB64url) };
  }
  return null;
}

/** Decrypts a token from encryptPii. Throws on malformed, tampered, wrongly keyed or unknown-key tokens. */
export function decryptPii(token: string): string {
  const parsed = parseToken(token);
  const [iv, tag, ciphertext] = parsed?.parts ?? [];
  if (!parsed || !iv || !tag || !ciphertext || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error('Malformed PII token');
  }
  const key = getKeyRing().keys.get(parsed.keyId);
  if (!key) throw new Error(`PII key ${parsed.keyId} is not configured`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(parsed.header));
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
