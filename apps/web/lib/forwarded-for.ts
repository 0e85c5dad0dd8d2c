import { headers } from 'next/headers';
import { forwardedForHeader } from './forwarded-for-header';

/** The address header of the current request, for a call to the API (lib/forwarded-for-header.ts). */
export async function requestForwardedFor(): Promise<Record<string, string>> {
  return forwardedForHeader(await headers());
}
