import { withAuth } from 'next-auth/middleware';
import { getAuthSecret } from '@/lib/auth-secret';

/**
 * Sends signed-out visitors of 个人空间 to /login?callbackUrl=…. The 个人空间 layout checks again on its
 * own; the API decides what data a session may see.
 */
export default withAuth({
  // A getter: next-auth reads it per request, so importing this module needs no secret.
  get secret() {
    return getAuthSecret();
  },
  pages: { signIn: '/login' },
});

export const config = { matcher: ['/personal/:path*'] };
