/**
 * THE typeface of every page (`lib/html-attributes.ts` puts it in `--hall-font-family`, which globals.css uses
 * for the frame and every control). A CJK face first, because each carries its own Latin letters and digits:
 * one face draws both, and Chinese quotes stay full width. PingFang (Apple), Microsoft YaHei (Windows), Noto
 * Sans CJK / Source Han Sans (Linux, Android: Debian's fonts-noto-cjk); then the system's own face and
 * sans-serif for Latin when none of them is installed. The colours (WCAG 2.1 AA) are in globals.css.
 */
export const FONT_FAMILY = [
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  'system-ui',
  '-apple-system',
  "'Segoe UI'",
  'sans-serif',
].join(', ');
