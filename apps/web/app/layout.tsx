import type { Metadata } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { SiteHeader } from '@/components/SiteHeader';
import { getHallName } from '@/lib/hall';
import { isCareMode } from '@/lib/care-mode';
import { FONT_FAMILY } from '@/lib/theme';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const hallName = getHallName();
  return {
    title: { default: hallName, template: `%s - ${hallName}` },
    description: `${hallName}：在线查看网上申报、窗口申报和互联互通的办件，办理政务服务事项。`,
  };
}

/**
 * Plain server-rendered HTML around every page. Ant Design and urql are not here: the layouts of the pages
 * that use them wrap their content in `Providers` (components/Providers.tsx), so pages without them ship
 * neither.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // 关怀模式 (适老化): globals.css enlarges type and controls and raises contrast under html.care.
  const care = await isCareMode();
  return (
    <html
      lang="zh-CN"
      className={care ? 'care' : undefined}
      style={{ '--hall-font-family': FONT_FAMILY } as CSSProperties}
    >
      <body>
        <SiteHeader />
        <main className="site-main" id="main">
          {children}
        </main>
        <footer className="site-footer" aria-label="页脚">
          {getHallName()}
        </footer>
      </body>
    </html>
  );
}
