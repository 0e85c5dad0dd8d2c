import Link from 'next/link';
import { ResultMessage } from './ResultMessage';

/** 页面不存在: the App Router's not-found page and a script-free page's unknown item alike. */
export function NotFoundMessage() {
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
