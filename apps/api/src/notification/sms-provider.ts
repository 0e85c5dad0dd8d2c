import type { Logger } from 'pino';
import type { Db } from '../db/prisma.ts';
import { maskPhone } from '../lib/pii.ts';
import { readApiEnvVariable } from '../env-schema.ts';

/** One text to one mobile number. `idempotencyKey` is the same every time the same message is handed over. */
export interface SmsRequest {
  idempotencyKey: string;
  phone: string;
  text: string;
}

/**
 * Where the job room's SMS sender hands messages. `send` must treat a repeated `idempotencyKey` as already
 * sent: a worker killed after the provider took a message and before it was marked SENT hands it over again.
 * It throws when the message was not taken (the sender retries later).
 */
export interface SmsProvider {
  readonly name: string;
  send(request: SmsRequest, signal: AbortSignal): Promise<void>;
}

/**
 * The default provider: sends nothing, logs each message (number masked) and records it in `sms_log`, one row
 * per idempotency key (a message handed over twice is recorded once). For development, tests and any
 * deployment without an SMS contract.
 */
export function loggingSmsProvider(db: Pick<Db, 'smsLog'>, logger: Logger): SmsProvider {
  return {
    name: 'log',
    async send({ idempotencyKey, phone, text }) {
      const phoneMasked = maskPhone(phone);
      await db.smsLog.upsert({
        where: { idempotencyKey },
        create: { idempotencyKey, phoneMasked, text },
        update: {},
      });
      logger.info({ idempotencyKey, phone: phoneMasked, text }, 'SMS (logging provider, not sent)');
    },
  };
}

/**
 * A real gateway over HTTPS: POST `{ to, text, idempotencyKey }` as JSON with `Authorization: Bearer <token>`
 * and an `Idempotency-Key` header; any 2xx is taken as sent. The gateway must drop a repeated key.
 */
export function httpSmsProvider(options: { url: string; token: string }): SmsProvider {
  return {
    name: 'http',
    async send({ idempotencyKey, phone, text }, signal) {
      const response = await fetch(options.url, {
        method: 'POST',
        signal,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${options.token}`,
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify({ to: phone, text, idempotencyKey }),
      });
      if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
    },
  };
}

/** README "SMS notifications": SMS_PROVIDER=log (default) or http (SMS_HTTP_URL, SMS_HTTP_TOKEN). */
export function smsProviderFromEnv(
  env: Record<string, string | undefined>,
  deps: { db: Pick<Db, 'smsLog'>; logger: Logger },
): SmsProvider {
  const kind = readApiEnvVariable('SMS_PROVIDER', env) ?? 'log';
  if (kind === 'log') return loggingSmsProvider(deps.db, deps.logger);
  const url = readApiEnvVariable('SMS_HTTP_URL', env);
  const token = readApiEnvVariable('SMS_HTTP_TOKEN', env);
  if (!url || !token)
    throw new Error('Invalid configuration: SMS_PROVIDER=http needs SMS_HTTP_URL and SMS_HTTP_TOKEN.');
  return httpSmsProvider({ url, token });
}
