'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Menu } from 'antd';
import type { CaseList } from '@/gql/graphql';
import { CASE_LISTS, CASE_LIST_LABELS, DEFAULT_CASE_LIST, isCaseList } from '@/lib/labels';

/** Sidebar entries outside 我的办件, by the path they open. */
const PAGE_KEYS = { '/personal/apply': 'apply', '/personal/files/licenses': 'licenses' } as const;

function pageKeyOf(pathname: string): string | undefined {
  return Object.entries(PAGE_KEYS).find(
    ([path]) => pathname === path || pathname.startsWith(`${path}/`),
  )?.[1];
}

/**
 * The 个人空间 menu: 我要办事; 我的办件 with one entry per list and its count; 我的文件 → 我的证照. The page being
 * shown is highlighted.
 */
export function PersonalSidebar({ counts }: { counts: Partial<Record<CaseList, number>> }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get('list');
  const selected =
    pathname === '/personal/cases'
      ? isCaseList(requested)
        ? requested
        : DEFAULT_CASE_LIST
      : pageKeyOf(pathname);

  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      items={[
        { key: 'apply', label: <Link href="/personal/apply">我要办事</Link> },
        {
          type: 'group',
          key: 'my-cases',
          label: '我的办件',
          children: CASE_LISTS.map((list) => ({
            key: list,
            label: (
              <Link
                href={`/personal/cases?list=${list}`}
                style={{ display: 'flex', justifyContent: 'space-between' }}
              >
                <span>{CASE_LIST_LABELS[list]}</span>
                <span aria-label={`${counts[list] ?? 0}件`} style={{ color: 'rgba(0,0,0,0.45)' }}>
                  {counts[list] ?? 0}
                </span>
              </Link>
            ),
          })),
        },
        {
          type: 'group',
          key: 'my-files',
          label: '我的文件',
          children: [{ key: 'licenses', label: <Link href="/personal/files/licenses">我的证照</Link> }],
        },
      ]}
    />
  );
}
