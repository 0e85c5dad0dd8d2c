import Link from 'next/link';
import { Result } from 'antd';

export default function CaseNotFound() {
  return (
    <Result
      status="404"
      title="未找到该办件"
      subTitle="该办件不存在，或不属于您。"
      extra={<Link href="/personal/cases">返回我的办件</Link>}
    />
  );
}
