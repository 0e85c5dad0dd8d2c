import { withAuth } from 'next-auth/middleware';
import { getAuthSecret } from '@/lib/auth-secret';

/**
 * Sends signed-out visitors of 个人空间, the staff workbenches, the supervisor's pages and the dashboards to /login?callbackUrl=…. The layouts check
 * again on their own (and check roles, which the session token does not carry); the API decides what data
 * a session may see.
 */
export default withAuth({
  // A getter: next-auth reads it per request, so importing this module needs no secret.
  get secret() {
    return getAuthSecret();
  },
  pages: { signIn: '/login' },
});

export const config = {
  matcher: ['/personal/:path*', '/staff/:path*', '/supervisor/:path*', '/dashboard/:path*', '/dashboard'],
};
