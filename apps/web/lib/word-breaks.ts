const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const ZERO_WIDTH_SPACE = '\u200b';
const SPACE = /\s/;

/**
 * The text with a zero-width space between its words (Chinese split into words by ICU's dictionary, as the
 * browser does), for names shown with `word-break: keep-all` (class `name-text`): a narrow column then wraps
 * a department or item name between its words, never inside one (天津市人力资源/和社会保障局, not 天津市人力资
 * /源…). A text node, not <wbr> elements: the server's and the browser's segmentation may differ slightly,
 * which would otherwise break hydration.
 */
export function withWordBreaks(text: string): string {
  let result = '';
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    if (previous && !SPACE.test(previous.at(-1)!) && !SPACE.test(segment[0]!)) result += ZERO_WIDTH_SPACE;
    result += segment;
    previous = segment;
  }
  return result;
}
