import type { Dispatcher } from 'undici';

/** How much of a refusing answer's body is kept as the delivery's last answer. */
const ANSWER_CHARS = 500;

/** An outside endpoint did not accept a POST; the message is the answer an admin or partner sees. */
export class EndpointRefused extends Error {
  override name = 'EndpointRefused';
}

/**
 * POSTs a JSON body to an outside endpoint (the national 好差评 system, a partner's webhook). A 2xx answer is
 * success; anything else, no answer before `signal` aborts, or a connection error throws EndpointRefused with
 * what happened: `HTTP 500: <body>`, `no answer within 10000 ms`, `connection failed: ECONNREFUSED`.
 */
export async function postToEndpoint(
  url: string,
  body: string,
  options: {
    signal: AbortSignal;
    timeoutMs: number;
    headers: Record<string, string>;
    /** checks where the connection goes (webhooks: outbound-address.ts); the default connects anywhere */
    dispatcher?: Dispatcher;
  },
): Promise<void> {
  let status: number;
  let text: string;
  try {
    const response = await fetch(url, {
      method: 'POST',
      signal: options.signal,
      redirect: 'manual',
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      headers: { 'content-type': 'application/json', ...options.headers },
      body,
    });
    status = response.status;
    text = (await response.text()).slice(0, ANSWER_CHARS);
  } catch (error) {
    throw new EndpointRefused(noAnswer(error, options.timeoutMs));
  }
  if (status < 200 || status > 299) throw new EndpointRefused(`HTTP ${status}: ${text}`);
}

function noAnswer(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return `connection failed: ${cause?.code ?? cause?.message ?? String(error)}`;
}
