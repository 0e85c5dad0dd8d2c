import Link from 'next/link';

/** 首页 › <current>: where a public page sits. */
export function PortalBreadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="位置" className="portal-breadcrumb">
      <Link prefetch={false} href="/">
        首页
      </Link>{' '}
      › <span>{current}</span>
    </nav>
  );
}
