import type { ReactNode } from 'react';
import { Forbidden } from '@/components/staff/Forbidden';
import { SectionNav } from '@/components/staff/SectionNav';
import { requireStaff } from '@/lib/staff';

const DEPARTMENT_LINKS = [
  { href: '/staff/department', label: '部门办件' },
  { href: '/staff/department/evaluations', label: '差评回复' },
  { href: '/staff/department/questions', label: '咨询投诉' },
] as const;

/** 部门办件: department staff (部门经办人) only; the API also limits them to their own department's cases. */
export default async function DepartmentLayout({ children }: { children: ReactNode }) {
  if (!(await requireStaff('DEPARTMENT_STAFF', '/staff/department'))) return <Forbidden />;
  return (
    <>
      <SectionNav label="部门工作台" links={DEPARTMENT_LINKS} />
      {children}
    </>
  );
}
