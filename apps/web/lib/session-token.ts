import { cookies } from 'next/headers';
import { sessionTokenFrom } from './session-cookie';

/**
 * The raw next-auth session token (the encrypted JWT) of the current request, or undefined when signed out.
 * It is passed to the API as `x-session-token`; the API decodes and verifies it.
 */
export async function getRawSessionToken(): Promise<string | undefined> {
  return sessionTokenFrom(await cookies());
}
