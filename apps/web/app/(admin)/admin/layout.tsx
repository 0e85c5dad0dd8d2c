import type { ReactNode } from 'react';
import { Forbidden } from '@/components/staff/Forbidden';
import { SectionNav } from '@/components/staff/SectionNav';
import { requireStaff } from '@/lib/staff';

const ADMIN_LINKS = [
  { href: '/admin/clients', label: '接入系统' },
  { href: '/admin/national-reports', label: '国家平台上报' },
  { href: '/admin/notices', label: '通知公告' },
] as const;

/**
 * 系统管理: admins only; the API checks the role again for every list and change. Plain HTML and server
 * actions.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (!(await requireStaff('ADMIN', '/admin/clients'))) return <Forbidden />;
  return (
    <section className="staff">
      <SectionNav label="系统管理" links={ADMIN_LINKS} />
      {children}
    </section>
  );
}
