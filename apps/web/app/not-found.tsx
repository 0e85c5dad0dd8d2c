import Link from 'next/link';
import Result from 'antd/es/result';

export default function NotFound() {
  return (
    <Result
      status="404"
      title={<h1 className="result-title">页面不存在</h1>}
      subTitle="您访问的页面不存在。"
      extra={<Link href="/">返回首页</Link>}
    />
  );
}
