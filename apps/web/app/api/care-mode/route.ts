import { NextResponse, type NextRequest } from 'next/server';
import { graphql } from '@/gql';
import { CARE_COOKIE, CARE_COOKIE_MAX_AGE } from '@/lib/care-mode';
import { getRawSessionToken } from '@/lib/session-token';
import { serverMutation } from '@/lib/urql-server';

const UpdateDisplaySettings = graphql(`
  mutation UpdateDisplaySettings($careMode: Boolean!) {
    updateDisplaySettings(input: { careMode: $careMode }) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * A path on this site to go back to (from the form, else the referring page of this host), else /. The host
 * is the one the browser asked (its Host header), not the server's own idea of its origin, which differs
 * behind a proxy or when the browser uses another name for the same server.
 */
function backTo(request: NextRequest, form: FormData): string {
  const host = request.headers.get('host');
  const candidates = [String(form.get('back') ?? ''), request.headers.get('referer') ?? ''];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, 'http://same.invalid');
      if (url.host === 'same.invalid' || url.host === host) return url.pathname + url.search;
    } catch {
      // not a URL: try the next one
    }
  }
  return '/';
}

/**
 * The header's 关怀模式 switch (a plain form, works without JavaScript): remembers the choice in this browser
 * (cookie) and, when signed in, with the account (updateDisplaySettings), then goes back to the page.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const on = form.get('careMode') === '1';
  if (await getRawSessionToken()) {
    try {
      await serverMutation(UpdateDisplaySettings, { careMode: on });
    } catch (error) {
      // The browser's choice still holds; the account keeps its old setting.
      console.error('[care-mode] could not save the setting with the account', error);
    }
  }
  // A relative Location: the browser stays on the host it used (and keeps the cookie set here).
  const response = new NextResponse(null, { status: 303, headers: { location: backTo(request, form) } });
  response.cookies.set(CARE_COOKIE, on ? '1' : '0', {
    maxAge: CARE_COOKIE_MAX_AGE,
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
  });
  return response;
}
