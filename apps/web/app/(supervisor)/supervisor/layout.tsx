import type { ReactNode } from 'react';
import { Forbidden } from '@/components/staff/Forbidden';
import { SectionNav } from '@/components/staff/SectionNav';
import { requireStaff } from '@/lib/staff';

const SUPERVISOR_LINKS = [
  { href: '/supervisor/evaluations', label: '评价统计' },
  { href: '/supervisor/appeals', label: '申诉复核' },
  { href: '/supervisor/partner-reads', label: '接入系统读取记录' },
  { href: '/dashboard', label: '统计分析' },
] as const;

/**
 * 好差评管理: supervisors (好差评管理员) only; the API checks the role again for every figure and decision. No
 * Ant Design or client-side GraphQL here: the pages are plain HTML, their forms use server actions.
 */
export default async function SupervisorLayout({ children }: { children: ReactNode }) {
  if (!(await requireStaff('SUPERVISOR', '/supervisor/evaluations'))) return <Forbidden />;
  return (
    <section className="staff">
      <SectionNav label="好差评管理" links={SUPERVISOR_LINKS} />
      {children}
    </section>
  );
}
