import type { ReactNode } from 'react';
import { Providers } from '@/components/Providers';
import { Forbidden } from '@/components/staff/Forbidden';
import { requireStaff } from '@/lib/staff';

/** 窗口收件: window staff (窗口人员) only. */
export default async function WindowLayout({ children }: { children: ReactNode }) {
  if (!(await requireStaff('WINDOW_STAFF', '/staff/window'))) return <Forbidden />;
  return <Providers>{children}</Providers>;
}
