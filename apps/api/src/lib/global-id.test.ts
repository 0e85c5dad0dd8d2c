import { describe, it, expect } from 'vitest';
import { decodeCursor, encodeCursor, fromGlobalId, toGlobalId } from './global-id.ts';

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('toGlobalId / fromGlobalId', () => {
  it('round-trips and is base64url of "Type:id"', () => {
    const gid = toGlobalId('Case', '42');
    expect(gid).toBe(b64url('Case:42'));
    expect(gid).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromGlobalId(gid)).toEqual({ type: 'Case', id: '42' });
  });

  it('keeps colons and non-ASCII characters in the id', () => {
    for (const id of ['a:b:c', 'ckx1y2z3', '办件-001', 'x'.repeat(300)]) {
      expect(fromGlobalId(toGlobalId('Item', id))).toEqual({ type: 'Item', id });
    }
  });

  it('refuses to encode an invalid type or empty id', () => {
    expect(() => toGlobalId('', '1')).toThrow(TypeError);
    expect(() => toGlobalId('A:B', '1')).toThrow(TypeError);
    expect(() => toGlobalId('Case', '')).toThrow(TypeError);
  });

  it.each([
    ['empty', ''],
    ['no colon', b64url('Case42')],
    ['empty type', b64url(':42')],
    ['empty id', b64url('Case:')],
    ['padded', b64url('Case:4') + '='],
    ['standard base64 characters', Buffer.from('??>>:1').toString('base64')],
    ['illegal characters', 'Q2FzZTo0Mg!!'],
    ['non-canonical trailing bits', 'Q2FzZTo0Mh'], // decodes leniently to "Case:42"
    ['invalid UTF-8', Buffer.from([0x43, 0x3a, 0xff, 0xfe]).toString('base64url')],
    ['too long', b64url('Case:' + 'x'.repeat(5000))],
    ['plain text', 'Case:42'],
  ])('returns null for %s', (_label, input) => {
    expect(fromGlobalId(input)).toBeNull();
  });

  it('returns null for non-string input instead of throwing', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(fromGlobalId(bad as unknown as string)).toBeNull();
    }
  });
});

describe('encodeCursor / decodeCursor', () => {
  it('round-trips strings and numbers', () => {
    const parts = ['2019-11-08T02:01:19.000Z', 42, -1.5, '办件', ''];
    const cursor = encodeCursor(parts);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(parts);
    expect(decodeCursor(encodeCursor([]))).toEqual([]);
  });

  it('refuses non-finite numbers', () => {
    expect(() => encodeCursor([Number.NaN])).toThrow(TypeError);
    expect(() => encodeCursor([Number.POSITIVE_INFINITY])).toThrow(TypeError);
  });

  it.each([
    ['empty', ''],
    ['not base64url', '***'],
    ['not JSON', b64url('[1,')],
    ['JSON object', b64url('{"a":1}')],
    ['JSON string', b64url('"abc"')],
    ['null element', b64url('[1,null]')],
    ['nested array', b64url('[[1]]')],
    ['boolean element', b64url('[true]')],
    ['non-canonical', encodeCursor([1, 2]) + '='],
  ])('returns null for %s', (_label, input) => {
    expect(decodeCursor(input)).toBeNull();
  });

  it('returns null for non-string input instead of throwing', () => {
    expect(decodeCursor(undefined as unknown as string)).toBeNull();
  });
});
