/**
 * Signing in without a browser, by next-auth's REST protocol (what the sign-in form does): for the
 * Lighthouse audit's session cookies and for tests that send their own headers. `headers` go with every
 * request (e.g. a forged X-Forwarded-For).
 */
export async function signInOverRest(
  webUrl: string,
  account: { login: string; password: string },
  headers: Record<string, string> = {},
): Promise<{ cookie?: string; error?: string }> {
  const csrf = await fetch(`${webUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf).join('; ');
  const response = await fetch(`${webUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, login: account.login, password: account.password, json: 'true' }),
  });
  const cookie = cookiesOf(response).find((value) => value.startsWith('next-auth.session-token='));
  const body = (await response.json().catch(() => ({}))) as { url?: unknown };
  const error =
    typeof body.url === 'string' ? new URL(body.url, webUrl).searchParams.get('error') : undefined;
  return { cookie, error: error ?? undefined };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
}
