import type { CSSProperties, ReactNode } from 'react';

/**
 * A wide table's box: below `minWidth` the table scrolls inside it, never the page. The box itself is the
 * scrolling element and is focusable, so keyboard users can scroll it (axe: scrollable-region-focusable);
 * Ant Design's own `scroll={{ x }}` would scroll an inner element that cannot take focus. An empty table
 * keeps the box's width, so its message stays readable on a phone. Below `md` a fading right edge and a
 * hint line say that there is more to the side (not when `minWidth` is 0: nothing to scroll to).
 */
export function ScrollRegion(props: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div
      className={props.minWidth > 0 ? 'table-scroll-frame' : 'table-scroll-frame table-scroll-frame--fits'}
    >
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={props.label}
        style={{ '--table-min-width': `${props.minWidth}px` } as CSSProperties}
      >
        {props.children}
      </div>
      {/* The scroll cue where the table is wider than the screen (phones): a fading right edge and a line. */}
      <p className="table-scroll__hint" aria-hidden="true">
        ← 左右滑动查看全部列 →
      </p>
    </div>
  );
}
