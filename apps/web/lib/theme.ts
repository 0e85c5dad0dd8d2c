import type { ThemeConfig } from 'antd';

/**
 * The hall's Ant Design theme, chosen for WCAG 2.1 AA: every text colour below reaches 4.5:1 on the
 * background it is drawn on (white, the page grey #f5f7fa, or the tag's own light tint). Ant Design's
 * defaults do not (secondary grey #8c8c8c 3.4:1, link blue #1677ff 4.1:1, placeholder #bfbfbf 1.8:1, green
 * tag text #389e0d on #f6ffed 3.4:1). Contrast ratios are on white unless said otherwise.
 */
export const BRAND_BLUE = '#1a5fb4'; // 6.3:1

/**
 * THE typeface of every page, frame and Ant Design alike (the root layout puts it in `--hall-font-family`,
 * which globals.css uses; the theme below gives it to Ant Design). A CJK face first, because each carries
 * its own Latin letters and digits: one face draws both, and Chinese quotes stay full width. PingFang
 * (Apple), Microsoft YaHei (Windows), Noto Sans CJK / Source Han Sans (Linux, Android: Debian's
 * fonts-noto-cjk); then the system's own face and sans-serif for Latin when none of them is installed.
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

export const hallTheme: ThemeConfig = {
  token: {
    fontFamily: FONT_FAMILY,
    colorPrimary: BRAND_BLUE,
    // Ant Design derives a lighter hover (#3a7cc2: white text on it 4.3:1, below AA); darker instead.
    colorPrimaryHover: '#174f96', // white on it 8.0:1
    colorPrimaryActive: '#123f78', // 10.5:1
    colorInfo: BRAND_BLUE,
    // Links follow colorInfo's palette by default; pin them (and their hover/active shades) to the brand.
    colorLink: BRAND_BLUE,
    colorLinkHover: '#174f96', // 8.0:1
    colorLinkActive: '#123f78', // 10.5:1
    colorText: 'rgba(0, 0, 0, 0.88)', // 15.9:1
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)', // #595959, 7.0:1
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)', // #666, 5.7:1; 5.3:1 on #f5f7fa
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)', // #707070, 4.9:1
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorError: '#cf1322', // form messages; 5.9:1 (default #ff4d4f 3.3:1)
    colorSuccess: '#237804', // 6.2:1
    colorWarning: '#ad4e00', // 5.6:1
    // Preset tag colours (green, orange, gold) are darkened in globals.css: overriding their palette
    // tokens here does not reach the tags' CSS variables.
  },
};
