import type { CSSProperties, ReactNode } from 'react';

/**
 * A wide table's box: below `minWidth` the table scrolls inside it, never the page. The box itself is the
 * scrolling element and is focusable, so keyboard users can scroll it (axe: scrollable-region-focusable);
 * Ant Design's own `scroll={{ x }}` would scroll an inner element that cannot take focus. An empty table
 * keeps the box's width, so its message stays readable on a phone.
 */
export function ScrollRegion(props: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={props.label}
      style={{ '--table-min-width': `${props.minWidth}px` } as CSSProperties}
    >
      {props.children}
    </div>
  );
}
