import type { ReactNode } from 'react';
import { getHallName } from '@/lib/hall';

/** The header, the page and the footer: every page of both routers (app/layout.tsx, pages/). */
export function SiteFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      <main className="site-main" id="main">
        {children}
      </main>
      <footer className="site-footer" aria-label="页脚">
        {getHallName()}
      </footer>
    </>
  );
}
