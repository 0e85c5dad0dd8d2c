/**
 * Opaque Relay global IDs (`base64url("Type:id")`) and pagination cursors (`base64url(JSON array)`).
 * Decoders never throw: anything malformed yields null.
 */

export interface GlobalIdParts {
  type: string;
  id: string;
}
export type CursorPart = string | number;

/** Upper bound on encoded input length accepted by the decoders. */
const MAX_ENCODED_LENGTH = 2048;

const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** Strict decoding: only canonical unpadded base64url of valid UTF-8 is accepted. */
function decode(encoded: unknown): string | null {
  if (typeof encoded !== 'string' || encoded.length === 0 || encoded.length > MAX_ENCODED_LENGTH) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  const bytes = Buffer.from(encoded, 'base64url');
  if (bytes.toString('base64url') !== encoded) return null;
  const text = bytes.toString('utf8');
  return encode(text) === encoded ? text : null; // rejects invalid UTF-8
}

/** Encodes `${type}:${id}`. Throws TypeError if type is empty or contains ':' or id is empty. */
export function toGlobalId(type: string, id: string): string {
  if (!type || type.includes(':')) throw new TypeError(`Invalid global ID type: ${JSON.stringify(type)}`);
  if (!id) throw new TypeError('Global ID id must be a non-empty string');
  return encode(`${type}:${id}`);
}

/** Decodes a global ID; the id may itself contain ':'. Returns null for anything malformed. */
export function fromGlobalId(globalId: string): GlobalIdParts | null {
  const text = decode(globalId);
  const sep = text === null ? -1 : text.indexOf(':');
  if (text === null || sep <= 0 || sep === text.length - 1) return null;
  return { type: text.slice(0, sep), id: text.slice(sep + 1) };
}

const isCursorPart = (v: unknown): v is CursorPart =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Encodes cursor parts as base64url JSON. Throws TypeError for non-finite numbers. */
export function encodeCursor(parts: CursorPart[]): string {
  if (!parts.every(isCursorPart)) throw new TypeError('Cursor parts must be strings or finite numbers');
  return encode(JSON.stringify(parts));
}

/** Decodes a cursor; null unless it is base64url JSON of an array of strings/finite numbers. */
export function decodeCursor(cursor: string): CursorPart[] | null {
  const text = decode(cursor);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return Array.isArray(value) && value.every(isCursorPart) ? value : null;
}
