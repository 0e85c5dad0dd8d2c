import Link from 'next/link';
import Result from 'antd/es/result';

/** Shown instead of a staff page to a signed-in user without the role it needs. */
export function Forbidden() {
  return (
    <Result
      status="403"
      title={<h1 className="result-title">403</h1>}
      subTitle="您没有权限访问此页面"
      extra={<Link href="/">返回首页</Link>}
    />
  );
}
