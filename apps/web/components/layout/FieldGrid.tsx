import type { ReactNode } from 'react';

export type FieldGridItem = { key: string; label: string; children: ReactNode };

/**
 * Label and value pairs as a bordered grid in plain HTML (globals.css `.field-grid`): two columns on desktops
 * and one on phones, decided by CSS so nothing moves after hydration; `single` keeps one column everywhere.
 * The light stand-in for Ant Design's Descriptions.
 */
export function FieldGrid(props: {
  items: readonly (FieldGridItem | false | null | undefined)[];
  single?: boolean;
  title?: string;
  className?: string;
  testId?: string;
}) {
  const classes = ['field-grid', props.single && 'field-grid--single', props.className].filter(Boolean);
  const grid = (
    <dl className={classes.join(' ')} data-testid={props.title ? undefined : props.testId}>
      {props.items.map(
        (item) =>
          item && (
            <div key={item.key} className="field-grid__item">
              <dt>{item.label}</dt>
              <dd>{item.children}</dd>
            </div>
          ),
      )}
    </dl>
  );
  if (!props.title) return grid;
  return (
    <section className="section" data-testid={props.testId}>
      <h2 className="section__title">{props.title}</h2>
      {grid}
    </section>
  );
}
