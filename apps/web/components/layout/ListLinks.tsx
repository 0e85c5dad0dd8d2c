import Link from 'next/link';

/** Tabs of a list kept in the URL (e.g. 待上报 / 上报失败): links, the current one marked for screen readers. */
export function QueueTabs(props: {
  label: string;
  tabs: { key: string; href: string; label: string; current: boolean }[];
}) {
  return (
    <nav className="queue-tabs" aria-label={props.label}>
      {props.tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          className={tab.current ? 'queue-tabs__tab queue-tabs__tab--current' : 'queue-tabs__tab'}
          aria-current={tab.current ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

/** 查询 and 重置 at the end of a plain GET filter form (works without JavaScript). */
export function FilterActions({ resetHref }: { resetHref: string }) {
  return (
    <>
      <button type="submit" className="button button--primary">
        查询
      </button>
      <Link href={resetHref} className="button">
        重置
      </Link>
    </>
  );
}

/** 上一页 / 下一页 of a cursor-paged list. */
export function PagerLinks(props: { previous: string | undefined; next: string | undefined }) {
  return (
    <div className="case-list__pager">
      {props.previous && <Link href={props.previous}>上一页</Link>}
      {props.next && <Link href={props.next}>下一页</Link>}
    </div>
  );
}
