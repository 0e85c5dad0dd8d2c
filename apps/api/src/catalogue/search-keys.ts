import { pinyin } from 'pinyin-pro';

/** The search keys stored with an item's name (columns name_syllables, name_pinyin, name_initials). */
export interface NameSearchKeys {
  nameSyllables: string[];
  namePinyin: string;
  nameInitials: string;
}

/**
 * Computed when an item is written (seed, migration of new items), never per query: one toneless pinyin
 * syllable per character of the name (pinyin-pro picks the reading from context, e.g. 银行 → yin hang), a
 * non-Chinese character as itself in lower case. The database checks that the three agree with the name.
 */
export function nameSearchKeys(name: string): NameSearchKeys {
  const syllables = pinyin(name, { type: 'array', toneType: 'none', nonZh: 'spaced', v: true }).map(
    (syllable) => syllable.toLowerCase(),
  );
  if (syllables.length !== [...name].length) {
    throw new Error(
      `pinyin-pro gave ${syllables.length} syllables for the ${[...name].length} characters of ${name}`,
    );
  }
  return {
    nameSyllables: syllables,
    namePinyin: syllables.join(''),
    nameInitials: syllables.map((syllable) => [...syllable][0] ?? '').join(''),
  };
}

/** A search text as the keys are written: trimmed, lower case, inner spaces dropped (`ws tz` → `wstz`). */
export function normaliseSearchText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '');
}
