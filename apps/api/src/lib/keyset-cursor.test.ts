import { describe, expect, it } from 'vitest';
import { encodeCursor } from './global-id.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from './keyset-cursor.ts';

const ID = '0190f3c2-7b1e-7c3a-9d2e-1f2a3b4c5d6e';
const AT = new Date('2026-11-21T06:30:05.123Z');

describe('keyset cursors of (time, id) lists', () => {
  it('gives back the exact position it encoded, and a null time only where the list allows one', () => {
    expect(decodeTimeIdCursor(encodeTimeIdCursor({ at: AT, id: ID }))).toEqual({ at: AT, id: ID });
    const draft = encodeTimeIdCursor({ at: null, id: ID });
    expect(decodeTimeIdCursor(draft, { nullTime: true })).toEqual({ at: null, id: ID });
    expect(() => decodeTimeIdCursor(draft)).toThrow('"after" is not a cursor this connection issued.');
  });

  it("refuses anything it did not issue as the caller's mistake on `after`", () => {
    const refusals = [
      'not-base64-json',
      encodeCursor([AT.toISOString()]),
      encodeCursor([AT.toISOString(), 'not-a-uuid']),
      encodeCursor([AT.toISOString(), `x${ID}`]),
      encodeCursor([AT.toISOString(), `${ID}x`]),
      encodeCursor(['yesterday', ID]),
      encodeCursor([1, ID]),
    ];
    for (const cursor of refusals) {
      expect(() => decodeTimeIdCursor(cursor), cursor).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } }),
      );
    }
  });
});
