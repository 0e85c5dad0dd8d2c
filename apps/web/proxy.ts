import { NextResponse } from 'next/server';
import { withAuth } from 'next-auth/middleware';
import { getAuthSecret } from '@/lib/auth-secret';
import { CURRENT_PATH_HEADER } from '@/lib/current-path';

/**
 * Sends signed-out visitors of 个人空间, the staff workbenches, the supervisor's pages and the dashboards to
 * /login?callbackUrl=…. The layouts check again on their own (and check roles, which the session token does
 * not carry); the API decides what data a session may see. For signed-in visitors it passes the page's path
 * and query on to the server components (CURRENT_PATH_HEADER, replacing any the client sent), so a session
 * the API has ended (退出 elsewhere, idle, expired) leads to sign in and back to this page.
 */
export default withAuth(
  (request) => {
    const headers = new Headers(request.headers);
    headers.set(CURRENT_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.next({ request: { headers } });
  },
  {
    // A getter: next-auth reads it per request, so importing this module needs no secret.
    get secret() {
      return getAuthSecret();
    },
    pages: { signIn: '/login' },
  },
);

export const config = {
  matcher: [
    '/personal/:path*',
    '/staff/:path*',
    '/supervisor/:path*',
    '/dashboard/:path*',
    '/dashboard',
    '/admin/:path*',
  ],
};
