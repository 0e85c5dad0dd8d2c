/** Client-credentials grant against a running API: the bearer token, or throws with the server's answer. */
export async function partnerToken(
  apiUrl: string,
  clientId: string,
  clientSecret: string,
  scope?: string,
): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scope) body.set('scope', scope);
  const response = await fetch(`${apiUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body,
  });
  const answer = (await response.json()) as { access_token?: string; error?: string };
  if (!answer.access_token) throw new Error(`token refused: ${response.status} ${answer.error}`);
  return answer.access_token;
}
