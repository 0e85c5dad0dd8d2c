import { describe, expect, it } from 'vitest';
import { withWordBreaks } from './word-breaks';

describe('withWordBreaks', () => {
  it('puts a break opportunity between the words of a Chinese name and nowhere inside one', () => {
    const parts = withWordBreaks('天津市人力资源和社会保障局').split('\u200b');
    expect(parts.join('')).toBe('天津市人力资源和社会保障局');
    expect(parts.length).toBeGreaterThan(2);
    // ICU's dictionary keeps these words whole.
    expect(parts).toContain('社会');
    expect(parts.some((part) => part.includes('人力') || part.includes('资源'))).toBe(true);
  });

  it('leaves digits and Latin words whole and adds nothing next to spaces', () => {
    expect(withWordBreaks('20261121143005667788')).toBe('20261121143005667788');
    expect(withWordBreaks('Pacific Materials Ltd.').replace(/\u200b/g, '|')).toBe('Pacific Materials Ltd|.');
  });
});
