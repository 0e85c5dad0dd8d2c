import Head from 'next/head';
import Link from 'next/link';
import { LoadFailedMessage } from '@/components/layout/LoadFailedMessage';
import { pageTitle } from '@/lib/hall';

/**
 * A failure while rendering a page of pages/ (the API unreachable, say): the App Router's words, without the
 * header, whose data may be what failed. Unknown addresses are the App Router's 页面不存在, not this.
 */
export default function ErrorPage() {
  return (
    <main className="site-main" id="main">
      <Head>
        <title>{pageTitle('页面加载失败')}</title>
      </Head>
      <LoadFailedMessage
        action={
          <Link prefetch={false} className="button button--primary" href="/">
            返回首页
          </Link>
        }
      />
    </main>
  );
}
