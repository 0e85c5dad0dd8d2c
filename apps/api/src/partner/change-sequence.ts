import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor } from '../lib/connection.ts';

/**
 * Partner sync pages rows in commit-safe order (the guarantee, documented in docs/partners.md):
 *
 * Every change of a case or an evaluation stamps the row with the id of the transaction that made it
 * (`change_xid`, a 64-bit xid8 set by triggers, migration 20261204151000_partner_sync). A page returns only
 * rows whose `change_xid` is below the **watermark**, the xmin of the reading statement's own snapshot: every
 * transaction with a smaller id has committed or rolled back, so nothing can still appear below it. A
 * transaction that is open while a client pages has an id at or above the watermark, so whatever it commits
 * later sorts after every row the client was given and is found when the client resumes from its last
 * cursor. Rows come in (change_xid, id) order; the cursor is that pair. A long-running transaction delays
 * what a reader sees (never loses it): rows changed after it began wait until it ends.
 */
export const WATERMARK_SQL = `pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

export interface ChangePosition {
  changeXid: bigint;
  id: string;
}

export function changeCursor(position: ChangePosition): string {
  return encodeCursor(['x', position.changeXid.toString(), position.id]);
}

export function parseChangeCursor(cursor: string): ChangePosition {
  const [tag, xid, id] = decodeCursor(cursor) ?? [];
  if (tag !== 'x' || typeof xid !== 'string' || !/^\d{1,19}$/.test(xid)) throw invalidCursor();
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw invalidCursor();
  return { changeXid: BigInt(xid), id };
}
