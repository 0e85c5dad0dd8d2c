/**
 * next-auth's sign-in and sign-out from the browser, by its REST protocol (what `next-auth/react` does,
 * without shipping that module's regenerator-compiled client and session provider to every page): fetch the
 * CSRF token, post the form with `json=true`, read the outcome from the URL next-auth answers.
 */

const AUTH_BASE = '/api/auth';

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/csrf`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`csrf: HTTP ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken?: unknown };
  if (typeof csrfToken !== 'string') throw new Error('csrf: no token');
  return csrfToken;
}

async function postAuthForm(path: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: 'true' }),
  });
  // A refused sign-in answers 401 with the error page's URL in the same JSON shape: read it either way.
  const body = (await response.json().catch(() => ({}))) as { url?: unknown };
  if (typeof body.url !== 'string') throw new Error(`${path}: HTTP ${response.status}, no url`);
  return body.url;
}

/**
 * Signs in with the credentials provider. Resolves to null on success, or to next-auth's error code
 * (`CredentialsSignin` for a wrong login or password, or the message authorize() threw, e.g.
 * TOO_MANY_ATTEMPTS); rejects when the service could not be reached.
 */
export async function signInWithPassword(login: string, password: string): Promise<string | null> {
  const url = await postAuthForm('callback/credentials', {
    login,
    password,
    callbackUrl: window.location.href,
  });
  return new URL(url, window.location.href).searchParams.get('error');
}

/** Signs out (next-auth's signOut event revokes the API session) and loads `callbackUrl` afresh. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const url = await postAuthForm('signout', { callbackUrl });
  window.location.href = url;
}
