import Head from 'next/head';
import type { ReactNode } from 'react';
import { pageTitle, siteDescription } from '@/lib/hall';
import { SiteFrame } from './SiteFrame';
import { SiteHeaderView, type HeaderModel } from './SiteHeaderView';

/**
 * A page of pages/ (the Pages Router with `unstable_runtimeJS: false`): the same frame, title and header as
 * the App Router's pages, and not one script — links navigate, forms post, nothing hydrates.
 */
export function ScriptFreePage(props: {
  frame: HeaderModel;
  title: string | null;
  description?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Head>
        <title>{pageTitle(props.title)}</title>
        <meta name="description" content={props.description ?? siteDescription()} />
        <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <SiteFrame header={<SiteHeaderView model={props.frame} scripts={false} />}>{props.children}</SiteFrame>
    </>
  );
}
