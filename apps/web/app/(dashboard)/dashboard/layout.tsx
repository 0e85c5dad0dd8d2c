import type { ReactNode } from 'react';
import { Forbidden } from '@/components/staff/Forbidden';
import { SectionNav } from '@/components/staff/SectionNav';
import { requireDashboardViewer } from '@/lib/dashboard-access';

const LINKS = [
  { href: '/dashboard', label: '统计分析' },
  { href: '/dashboard/evaluations', label: '评价明细' },
  { href: '/dashboard/cases', label: '办件明细' },
] as const;

/** 统计分析: supervisors (every department) and department heads (their own); no Ant Design on these pages. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  if (!(await requireDashboardViewer('/dashboard'))) return <Forbidden />;
  return (
    <section className="staff dashboard">
      <SectionNav label="统计分析" links={LINKS} />
      {children}
    </section>
  );
}
