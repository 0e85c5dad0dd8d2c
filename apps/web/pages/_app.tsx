import type { AppProps } from 'next/app';
import '../app/globals.css';

/** The Pages Router's pages (the script-free portal pages) share the App Router's one stylesheet. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
