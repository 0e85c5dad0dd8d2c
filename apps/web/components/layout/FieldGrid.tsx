import type { ReactNode } from 'react';

export type FieldGridItem = {
  key: string;
  label: ReactNode;
  children: ReactNode;
  /** the whole row */ wide?: true;
};

/**
 * Label and value pairs, two to a row on wide screens and one on phones (globals.css `.field-grid`): plain
 * HTML decided by CSS alone, so nothing moves when the page hydrates.
 */
export function FieldGrid(props: { items: readonly FieldGridItem[]; className?: string }) {
  return (
    <dl className={props.className ? `field-grid ${props.className}` : 'field-grid'}>
      {props.items.map((item) => (
        <div
          key={item.key}
          className={item.wide ? 'field-grid__item field-grid__item--wide' : 'field-grid__item'}
        >
          <dt>{item.label}</dt>
          <dd>{item.children}</dd>
        </div>
      ))}
    </dl>
  );
}
