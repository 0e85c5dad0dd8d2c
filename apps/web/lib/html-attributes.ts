import type { CSSProperties } from 'react';
import { FONT_FAMILY } from './theme';

/**
 * The <html> element's attributes on every page (app/layout.tsx, pages/_document.tsx): the language, 关怀模式
 * (适老化: globals.css enlarges type and controls and raises contrast under html.care) and the one font stack.
 */
export function htmlAttributes(care: boolean) {
  return {
    lang: 'zh-CN',
    className: care ? 'care' : undefined,
    style: { '--hall-font-family': FONT_FAMILY } as CSSProperties,
  };
}
