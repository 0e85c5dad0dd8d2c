import { CaseNotFound } from '@/components/cases/CaseNotFound';

export default function DepartmentCaseNotFound() {
  return (
    <CaseNotFound
      reason="该办件不存在，或不属于本部门。"
      backHref="/staff/department"
      backLabel="返回部门办件"
    />
  );
}
