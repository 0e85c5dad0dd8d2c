import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AntdRegistry } from '@ant-design/nextjs-registry';
import { Providers } from '@/components/Providers';
import { SiteHeader } from '@/components/SiteHeader';
import { getHallName } from '@/lib/hall';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const hallName = getHallName();
  return { title: { default: hallName, template: `%s - ${hallName}` } };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <AntdRegistry>
          <Providers>
            <SiteHeader />
            <main className="site-main">{children}</main>
            <footer className="site-footer">{getHallName()}</footer>
          </Providers>
        </AntdRegistry>
      </body>
    </html>
  );
}
