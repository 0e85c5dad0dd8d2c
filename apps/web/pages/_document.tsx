import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { htmlAttributes } from '@/lib/html-attributes';

/** The same <html> as app/layout.tsx; 关怀模式 comes with the page's frame (lib/pages-frame.ts). */
export default function Document(props: DocumentProps) {
  const pageProps = props.__NEXT_DATA__.props?.pageProps as { frame?: HeaderModel } | undefined;
  return (
    <Html {...htmlAttributes(pageProps?.frame?.care ?? false)}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
