'use client';

import { useMemo, type ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { hallTheme } from '@/lib/theme';
import { UrqlProvider, cacheExchange, createClient, fetchExchange, ssrExchange } from '@urql/next';
import { trustedDocumentsExchange } from '@/lib/urql-exchanges';

/**
 * Client-side providers: Ant Design in Chinese, and urql for client components. Client components query the
 * same-origin `/api/graphql` route, which adds the session token on the server; the browser never sees it.
 * Pages load their data in server components, so client-side queries are for in-page interactions only
 * (pause them during server rendering: the relative URL has no origin there).
 */
export function Providers({ children }: { children: ReactNode }) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
    const client = createClient({
      url: '/api/graphql',
      exchanges: [cacheExchange, ssr, trustedDocumentsExchange, fetchExchange],
      preferGetMethod: false,
      fetchOptions: { credentials: 'same-origin' },
    });
    return [client, ssr] as const;
  }, []);

  return (
    <ConfigProvider
      locale={zhCN}
      theme={hallTheme}
      // Show 登录 / 退出 as written, not "登 录".
      button={{ autoInsertSpace: false }}
    >
      <App>
        <UrqlProvider client={client} ssr={ssr}>
          {children}
        </UrqlProvider>
      </App>
    </ConfigProvider>
  );
}
