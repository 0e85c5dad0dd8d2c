'use client';

import { useState, type ReactNode } from 'react';
import { AntdRegistry } from '@ant-design/nextjs-registry';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { UrqlProvider } from '@urql/next';
import { hallTheme } from '@/lib/theme';
import { createBrowserUrql } from '@/lib/urql-client';

/**
 * Ant Design in Chinese with the hall's WCAG theme (its styles collected during server rendering), App for
 * message/modal, and urql for client components. NOT in the root layout: only the layouts of pages that use
 * Ant Design or client-side GraphQL wrap their content in it, so sign-in, 个人空间, 我的办件 and 部门办件 ship
 * none of it (README, "Speed").
 */
export function Providers({ children }: { children: ReactNode }) {
  const [{ client, ssr }] = useState(createBrowserUrql);
  return (
    <AntdRegistry>
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
    </AntdRegistry>
  );
}
