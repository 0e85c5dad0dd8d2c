import Link from 'next/link';
import { ResultMessage } from '@/components/layout/ResultMessage';

export default function NotFound() {
  return (
    <ResultMessage
      mark="404"
      title="页面不存在"
      subTitle="您访问的页面不存在。"
      extra={
        <Link prefetch={false} href="/">
          返回首页
        </Link>
      }
    />
  );
}
