import type { ReactNode } from 'react';
import { Forbidden } from '@/components/staff/Forbidden';
import { SectionNav } from '@/components/staff/SectionNav';
import { requireStaff } from '@/lib/staff';

const WINDOW_PAGES = [
  { href: '/staff/window', label: '窗口收件' },
  { href: '/staff/window/bookings', label: '今日预约' },
] as const;

/** 窗口收件 and 今日预约: window staff (窗口人员) only. Plain HTML and server actions, no Ant Design. */
export default async function WindowLayout({ children }: { children: ReactNode }) {
  if (!(await requireStaff('WINDOW_STAFF', '/staff/window'))) return <Forbidden />;
  return (
    <>
      <SectionNav label="窗口工作台" links={WINDOW_PAGES} />
      {children}
    </>
  );
}
