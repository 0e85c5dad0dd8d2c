/**
 * The request header in which proxy.ts passes the page's own path and query to the server components of
 * the signed-in areas, so that a session found ended there sends the user to sign in and back to this very
 * page. proxy.ts overwrites whatever the client sent; readers still pass it through safeCallbackPath.
 */
export const CURRENT_PATH_HEADER = 'x-hall-current-path';
