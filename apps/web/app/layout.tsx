import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/SiteHeader';
import { getHallName, siteDescription, titleTemplate } from '@/lib/hall';
import { SiteFrame } from '@/components/SiteFrame';
import { isCareMode } from '@/lib/care-mode';
import { htmlAttributes } from '@/lib/html-attributes';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: getHallName(), template: titleTemplate() },
    description: siteDescription(),
  };
}

/**
 * Plain server-rendered HTML around every page. Ant Design and urql are not here: the layouts of the pages
 * that use them wrap their content in `Providers` (components/Providers.tsx), so pages without them ship
 * neither.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...htmlAttributes(await isCareMode())}>
      <body>
        <SiteFrame header={<SiteHeader />}>{children}</SiteFrame>
      </body>
    </html>
  );
}
