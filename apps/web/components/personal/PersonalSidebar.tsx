'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Menu } from 'antd';
import type { CaseList } from '@/gql/graphql';
import { CASE_LISTS, CASE_LIST_LABELS, DEFAULT_CASE_LIST, isCaseList } from '@/lib/labels';

/** The 我的办件 menu: one entry per list with its count; the list being shown is highlighted. */
export function PersonalSidebar({ counts }: { counts: Partial<Record<CaseList, number>> }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get('list');
  const selected =
    pathname === '/personal/cases' ? (isCaseList(requested) ? requested : DEFAULT_CASE_LIST) : undefined;

  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      items={[
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
      ]}
    />
  );
}
