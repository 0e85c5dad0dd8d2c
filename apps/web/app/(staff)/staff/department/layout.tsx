import type { ReactNode } from 'react';
import { Forbidden } from '@/components/staff/Forbidden';
import { requireStaff } from '@/lib/staff';

/** 部门办件: department staff (部门经办人) only; the API also limits them to their own department's cases. */
export default async function DepartmentLayout({ children }: { children: ReactNode }) {
  if (!(await requireStaff('DEPARTMENT_STAFF', '/staff/department'))) return <Forbidden />;
  return children;
}
