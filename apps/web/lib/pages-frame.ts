import type { IncomingMessage, ServerResponse } from 'node:http';
import { getServerSession } from 'next-auth';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { createApiClient } from './api-client';
import { isUnauthenticated } from './user-errors';
import { authOptions } from './auth';
import { CARE_COOKIE, careModeOf } from './care-cookie';
import { forwardedForHeader } from './forwarded-for-header';
import { headerModelOf } from './header-model';
import { sessionTokenFrom } from './session-cookie';
import { ViewerQuery } from './viewer-query';

type PagesRequest = IncomingMessage & { cookies: Partial<Record<string, string>> };

function headerValue(value: string | string[] | undefined): string | null {
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

/** The signed-in user, as lib/viewer.ts asks for it, from a Pages Router request; null when unknown. */
async function viewerOf(token: string, req: PagesRequest) {
  const forwardedFor = forwardedForHeader({ get: (name) => headerValue(req.headers[name]) });
  const result = await createApiClient(token, forwardedFor).query(ViewerQuery, {}).toPromise();
  if (isUnauthenticated(result.error)) return null;
  if (result.error || !result.data) {
    console.error('[header] could not load the signed-in user', result.error);
    return null;
  }
  return result.data.me;
}

/**
 * The header of a page in pages/ (the script-free portal pages), decided as the App Router's SiteHeader
 * decides it: next-auth's session, the viewer from the API with this request's session token and address,
 * 关怀模式 from the cookie or the account.
 */
export async function loadPageFrame(req: PagesRequest, res: ServerResponse): Promise<HeaderModel> {
  const session = await getServerSession(req, res, authOptions);
  const token = session
    ? sessionTokenFrom({
        get: (name) => (req.cookies[name] === undefined ? undefined : { value: req.cookies[name] }),
      })
    : undefined;
  const viewer = token ? await viewerOf(token, req) : null;
  const care = await careModeOf(req.cookies[CARE_COOKIE], async () => viewer?.careMode ?? false);
  return headerModelOf(session, viewer, care);
}
