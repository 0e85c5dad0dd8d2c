import type { Logger } from 'pino';
import type { Db } from '../db/prisma.ts';
import { dispatchOutbox, type DispatchOptions } from './dispatch-outbox.ts';
import type { OutboxHandler } from './outbox-handler.ts';

export interface OutboxDispatcher {
  /** lets the delivery in hand finish, then stops */
  stop(): Promise<void>;
}

/**
 * Runs dispatch passes until stopped: straight again while a pass finds work, otherwise after `pollMs`.
 * A failing pass (the database away) is logged and retried after the pause.
 */
export function startOutboxDispatcher(
  db: Db,
  handlers: readonly OutboxHandler[],
  options: DispatchOptions & { pollMs: number; logger: Logger },
): OutboxDispatcher {
  let stopping = false;
  let wake: (() => void) | undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    while (!stopping) {
      try {
        const { handled, failed } = await dispatchOutbox(db, handlers, options);
        if (handled + failed > 0) continue;
      } catch (error) {
        if (stopping) break;
        options.logger.error({ err: error }, 'outbox dispatch pass failed');
      }
      if (!stopping) await pause();
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
