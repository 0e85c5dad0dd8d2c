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
 * Plain server-rendered HTML around every page of the App Router (pages/ draws the same frame: SiteFrame). No
 * UI library and no client-side GraphQL provider: forms post through server actions.
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
