import Link from 'next/link';

/**
 * A workbench queue's tabs (差评回复, 咨询投诉): one link per state with its count, the current one marked.
 * Plain links, so switching works before hydration.
 */
export function QueueTabs<State extends string>(props: {
  label: string;
  states: readonly State[];
  labels: Record<State, string>;
  current: State;
  counts: ReadonlyMap<State, number>;
  href: (params: { state: State }) => string;
}) {
  return (
    <nav className="queue-tabs" aria-label={props.label}>
      {props.states.map((state) => (
        <Link
          key={state}
          href={props.href({ state })}
          className={state === props.current ? 'queue-tabs__tab queue-tabs__tab--current' : 'queue-tabs__tab'}
          aria-current={state === props.current ? 'page' : undefined}
        >
          {props.labels[state]}
          <span className="queue-tabs__count">{props.counts.get(state) ?? 0}</span>
        </Link>
      ))}
    </nav>
  );
}
