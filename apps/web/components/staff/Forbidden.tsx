import Link from 'next/link';
import { ResultMessage } from '@/components/layout/ResultMessage';

/** Shown instead of a staff page to a signed-in user without the role it needs. */
export function Forbidden() {
  return (
    <ResultMessage
      mark="403"
      tone="warning"
      title="403"
      subTitle="您没有权限访问此页面"
      extra={<Link href="/">返回首页</Link>}
    />
  );
}
