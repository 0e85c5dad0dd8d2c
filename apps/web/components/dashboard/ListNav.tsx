import Link from 'next/link';

/** A drill-down list's choice of figure (范围): one link each, the current one marked for assistive technology. */
export function ListFilters<F extends string>(props: {
  label: string;
  filters: readonly F[];
  current: F;
  labels: Record<F, string>;
  href: (filter: F) => string;
}) {
  return (
    <nav className="dashboard-filters" aria-label={props.label}>
      {props.filters.map((filter) => (
        <Link
          key={filter}
          href={props.href(filter)}
          aria-current={filter === props.current ? 'page' : undefined}
          className={
            filter === props.current ? 'dashboard-filter dashboard-filter--current' : 'dashboard-filter'
          }
        >
          {props.labels[filter]}
        </Link>
      ))}
    </nav>
  );
}

/** 上一页 / 下一页 of a keyset-paged list. */
export function ListPager(props: { previous: string | null | undefined; next: string | null }) {
  return (
    <div className="case-list__pager">
      {props.previous && <Link href={props.previous}>上一页</Link>}
      {props.next && <Link href={props.next}>下一页</Link>}
    </div>
  );
}
