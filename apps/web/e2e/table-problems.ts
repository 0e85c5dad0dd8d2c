import type { Page } from 'playwright-core';

/** What is wrong with the page's visible tables at the current width, one line per problem. */
export function tableProblems(tab: Page, nameColumns: string): Promise<string[]> {
  return tab.evaluate((namePattern) => {
    const names = new RegExp(namePattern);
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const problems: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    /** The text node and offset at a character position of an element's text. */
    const textPosition = (element: Element, position: number) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let passed = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (position <= passed + length) return { node, offset: position - passed };
        passed += length;
      }
      return undefined;
    };
    const tables = [...document.querySelectorAll('table')].filter(visible);
    for (const [index, table] of tables.entries()) {
      const label = `table ${index + 1} (${table.querySelector('th')?.textContent?.trim() ?? '?'}…)`;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      // The whole table, its last column included, is inside the window without scrolling sideways.
      const box = table.getBoundingClientRect();
      if (box.right > document.documentElement.clientWidth + 0.5) {
        problems.push(`${label}: ends at ${Math.round(box.right)} px, beyond the window`);
      }
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && scroller !== document.body) {
        if (
          scroller.scrollWidth > scroller.clientWidth + 1 &&
          getComputedStyle(scroller).overflowX !== 'visible'
        ) {
          problems.push(`${label}: scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth} px)`);
          break;
        }
        scroller = scroller.parentElement;
      }
      for (const row of table.querySelectorAll('tr')) {
        for (const [column, cell] of [...row.children].entries()) {
          if (!(cell instanceof HTMLTableCellElement) || !visible(cell) || cell.colSpan > 1) continue;
          const style = getComputedStyle(cell);
          const contentWidth =
            cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          const lineTops = new Set<number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const { segment, index: at, isWordLike } of segmenter.segment(text)) {
              if (!isWordLike) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + segment.length);
              const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
              const tops = new Set(rects.map((rect) => Math.round(rect.top)));
              for (const top of tops) lineTops.add(top);
              const width = range.getBoundingClientRect().width;
              // Running Chinese text may wrap between any two characters, as Chinese is typeset; headings,
              // names and identifiers (no Chinese) may not.
              const mustStayWhole =
                cell.tagName === 'TH' || names.test(headers[column] ?? '') || !/\p{Script=Han}/u.test(text);
              if (tops.size > 1 && mustStayWhole) {
                problems.push(
                  `${label}: "${segment}" is broken across ${tops.size} lines in "${text.trim()}"`,
                );
              } else if (width > contentWidth + 1) {
                problems.push(
                  `${label}: cell "${text.trim()}" is ${Math.round(contentWidth)} px, its word "${segment}" ${Math.round(width)} px`,
                );
              }
            }
          }
          // A date or a time is one word to a reader, though the segmenter splits it at "-" and ":".
          const cellText = cell.textContent ?? '';
          for (const match of cellText.matchAll(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}(?::\d{2})?/g)) {
            const range = document.createRange();
            const start = textPosition(cell, match.index);
            const end = textPosition(cell, match.index + match[0].length);
            if (!start || !end) continue;
            range.setStart(start.node, start.offset);
            range.setEnd(end.node, end.offset);
            const tops = new Set(
              [...range.getClientRects()]
                .filter((rect) => rect.width > 0)
                .map((rect) => Math.round(rect.top)),
            );
            if (tops.size > 1) {
              problems.push(
                `${label}: "${match[0]}" is broken across ${tops.size} lines in "${cellText.trim()}"`,
              );
            }
          }
          const header = headers[column] ?? '';
          if (cell.tagName === 'TD' && names.test(header) && lineTops.size > 2) {
            problems.push(`${label}: ${header} "${cell.textContent?.trim()}" takes ${lineTops.size} lines`);
          }
        }
      }
    }
    return problems;
  }, nameColumns);
}
