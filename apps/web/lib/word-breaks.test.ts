import { describe, expect, it } from 'vitest';
import { wordsOf } from './word-breaks';

describe('wordsOf', () => {
  it('cuts a Chinese name between its words and nowhere inside one', () => {
    const words = wordsOf('天津市人力资源和社会保障局');
    expect(words.join('')).toBe('天津市人力资源和社会保障局');
    expect(words.length).toBeGreaterThan(2);
    // ICU's dictionary keeps these words whole.
    expect(words).toContain('社会');
    expect(words.some((word) => word.includes('人力') || word.includes('资源'))).toBe(true);
  });

  it('keeps digits whole, and spaces with the word before them', () => {
    expect(wordsOf('20261121143005667788')).toEqual(['20261121143005667788']);
    expect(wordsOf('Pacific Materials Ltd.').join('|')).toBe('Pacific Materials Ltd|.');
  });
});
