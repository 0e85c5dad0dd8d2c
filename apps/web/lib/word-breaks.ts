const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const SPACE = /\s/;

/**
 * A name cut into the pieces a line may break between: its words (Chinese split by ICU's dictionary, as the
 * browser does), spaces kept with the word before them. Shown with <wbr> between the pieces and
 * `word-break: keep-all` (components/layout/NameText.tsx), a narrow column wraps a department or item name
 * between its words, never inside one (天津市人力资源/和社会保障局, not 天津市人力资/源…), and the text stays
 * the same (copying it, reading it, finding it).
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = words.at(-1);
    if (last !== undefined && (SPACE.test(segment[0]!) || SPACE.test(last.at(-1)!))) {
      words[words.length - 1] = last + segment;
    } else {
      words.push(segment);
    }
  }
  return words;
}
