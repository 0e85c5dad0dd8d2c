'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { CaseList } from '@/gql/graphql';
import { CASE_LISTS, CASE_LIST_LABELS, DEFAULT_CASE_LIST, isCaseList } from '@/lib/labels';

type MenuItem = { key: string; label: string; href: string; count?: number };
type MenuGroup = { type: 'group'; key: string; label: string; children: MenuItem[] };

/** Sidebar entries outside 我的办件, by the path they open. */
const PAGE_KEYS = {
  '/personal/apply': 'apply',
  '/personal/favourites': 'favourites',
  '/personal/bookings/new': 'book',
  '/personal/bookings': 'bookings',
  '/personal/delivery/addresses': 'addresses',
  '/personal/delivery': 'delivery',
  '/personal/messages': 'messages',
  '/personal/questions': 'questions',
  '/personal/files/licenses': 'licenses',
  '/personal/files': 'files',
  '/personal/account/password': 'password',
  '/personal/account/phone': 'phone',
  '/personal/account/real-name': 'real-name',
  '/personal/firm': 'firm',
  '/personal/account/sessions': 'sessions',
  '/personal/account': 'account',
} as const;

function pageKeyOf(pathname: string): string | undefined {
  return Object.entries(PAGE_KEYS).find(
    ([path]) => pathname === path || pathname.startsWith(`${path}/`),
  )?.[1];
}

/**
 * The 个人空间 menu: groups of links (办事服务 → 我要办事, 我的收藏; 我的预约 → 预约记录, 预约办事; 我的办件: one entry per list
 * with its count; 我的文件 → 全部文件, 我的证照; 邮政速递 → 寄递记录, 收件地址;
 * 我的互动 → 消息通知 with the unread count, 咨询投诉; 信息管理 → 个人信息, 修改密码, 修改手机号, 登录设备); the page being shown is
 * marked aria-current. Plain links and CSS, no menu widget: beside the content on wide screens, wrapping tabs
 * above it on phones (globals.css, "个人空间 menu").
 */
export function PersonalSidebar({
  counts,
  unreadNotifications,
}: {
  counts: Partial<Record<CaseList, number>>;
  /** 我的互动 → 消息通知: how many are unread */
  unreadNotifications: number;
}) {
  // Null only under the Pages Router (pages/), which never renders this component.
  const pathname = usePathname() ?? '';
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const requested = searchParams.get('list');
  const selected =
    pathname === '/personal/cases'
      ? isCaseList(requested)
        ? requested
        : DEFAULT_CASE_LIST
      : pageKeyOf(pathname);

  const items: MenuGroup[] = [
    {
      type: 'group',
      key: 'services',
      label: '办事服务',
      children: [
        { key: 'apply', label: '我要办事', href: '/personal/apply' },
        { key: 'favourites', label: '我的收藏', href: '/personal/favourites' },
      ],
    },
    {
      type: 'group',
      key: 'bookings',
      label: '我的预约',
      children: [
        { key: 'bookings', label: '预约记录', href: '/personal/bookings' },
        { key: 'book', label: '预约办事', href: '/personal/bookings/new' },
      ],
    },
    {
      type: 'group',
      key: 'my-cases',
      label: '我的办件',
      children: CASE_LISTS.map((list) => ({
        key: list,
        label: CASE_LIST_LABELS[list],
        href: `/personal/cases?list=${list}`,
        count: counts[list] ?? 0,
      })),
    },
    {
      type: 'group',
      key: 'my-files',
      label: '我的文件',
      children: [
        { key: 'files', label: '全部文件', href: '/personal/files' },
        { key: 'licenses', label: '我的证照', href: '/personal/files/licenses' },
      ],
    },
    {
      type: 'group',
      key: 'delivery',
      label: '邮政速递',
      children: [
        { key: 'delivery', label: '寄递记录', href: '/personal/delivery' },
        { key: 'addresses', label: '收件地址', href: '/personal/delivery/addresses' },
      ],
    },
    {
      type: 'group',
      key: 'interaction',
      label: '我的互动',
      children: [
        { key: 'messages', label: '消息通知', href: '/personal/messages', count: unreadNotifications },
        { key: 'questions', label: '咨询投诉', href: '/personal/questions' },
      ],
    },
    {
      type: 'group',
      key: 'account',
      label: '信息管理',
      children: [
        { key: 'account', label: '个人信息', href: '/personal/account' },
        { key: 'real-name', label: '实名认证', href: '/personal/account/real-name' },
        { key: 'firm', label: '企业关联', href: '/personal/firm' },
        { key: 'password', label: '修改密码', href: '/personal/account/password' },
        { key: 'phone', label: '修改手机号', href: '/personal/account/phone' },
        { key: 'sessions', label: '登录设备', href: '/personal/account/sessions' },
      ],
    },
  ];

  return (
    <>
      {items.map((group) => (
        <nav key={group.key} className="personal-nav" aria-labelledby={`personal-nav-${group.key}`}>
          <div className="personal-nav__group-title" id={`personal-nav-${group.key}`}>
            {group.label}
          </div>
          <ul className="personal-nav__list">
            {group.children.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  className="personal-nav__link"
                  aria-current={item.key === selected ? 'page' : undefined}
                >
                  <span>{item.label}</span>
                  {item.count !== undefined && <span className="personal-nav__count">{item.count}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ))}
    </>
  );
}
