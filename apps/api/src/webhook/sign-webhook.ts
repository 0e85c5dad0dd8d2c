import { createHmac } from 'node:crypto';

/**
 * The X-Hall-Signature header, as Stripe's: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the
 * endpoint's signing secret. The receiver recomputes it and refuses old timestamps (docs/partners.md).
 */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
