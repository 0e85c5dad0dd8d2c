import { CaseNotFound } from '@/components/cases/CaseNotFound';

export default function PersonalCaseNotFound() {
  return (
    <CaseNotFound reason="该办件不存在，或不属于您。" backHref="/personal/cases" backLabel="返回我的办件" />
  );
}
