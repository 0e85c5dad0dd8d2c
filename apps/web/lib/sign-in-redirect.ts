import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInHref } from './callback-url';
import { CURRENT_PATH_HEADER } from './current-path';

/** The path and query proxy.ts saw for this request; null outside the signed-in areas it guards. */
export async function proxiedPath(): Promise<string | null> {
  return (await headers()).get(CURRENT_PATH_HEADER);
}

/**
 * Sends a visitor with no session, or one the API no longer knows (退出 elsewhere, idle, expired), to sign in
 * and back to the page they asked for (its query included; `path` when the proxy did not say).
 */
export async function redirectToSignIn(path: string): Promise<never> {
  redirect(signInHref((await proxiedPath()) ?? path, path));
}
