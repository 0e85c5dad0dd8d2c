import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AntdRegistry } from '@ant-design/nextjs-registry';
import { Providers } from '@/components/Providers';
import { SiteHeader } from '@/components/SiteHeader';
import { getHallName } from '@/lib/hall';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const hallName = getHallName();
  return {
    title: { default: hallName, template: `%s - ${hallName}` },
    description: `${hallName}：在线查看网上申报、窗口申报和互联互通的办件，办理政务服务事项。`,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <AntdRegistry>
          <Providers>
            <SiteHeader />
            <main className="site-main" id="main">
              {children}
            </main>
            <footer className="site-footer" aria-label="页脚">
              {getHallName()}
            </footer>
          </Providers>
        </AntdRegistry>
      </body>
    </html>
  );
}
