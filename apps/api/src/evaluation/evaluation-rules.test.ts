import { describe, expect, it } from 'vitest';
import { parseCst } from '../lib/natural-days.ts';
import {
  dimensionsFor,
  evaluationClosesAt,
  evaluationDueBefore,
  isBadLevel,
  replyDueAtFor,
  replyStateAt,
} from './evaluation-rules.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('好差评 rules', () => {
  it('counts 不满意 and 非常不满意 as bad reviews, nothing else', () => {
    expect(isBadLevel('DISSATISFIED')).toBe(true);
    expect(isBadLevel('VERY_DISSATISFIED')).toBe(true);
    for (const level of ['VERY_SATISFIED', 'SATISFIED', 'BASIC'] as const)
      expect(isBadLevel(level)).toBe(false);
  });

  it("scores a window case on the window's service and any other case on the online service", () => {
    expect(dimensionsFor('WINDOW')).toEqual(['SERVICE_EFFICIENCY', 'SERVICE_LEVEL', 'SERVICE_ATTITUDE']);
    const online = ['EFFICIENCY', 'GUIDE_ACCURACY', 'CONVENIENCE', 'PLATFORM_USABILITY'];
    expect(dimensionsFor('ONLINE')).toEqual(online);
    expect(dimensionsFor('INTERCONNECTED')).toEqual(online);
  });

  it('closes evaluation at 24:00 CST of the 7th natural day after completion', () => {
    // the guide's example: completed 2019-11-08 10:01 CST, open until 2019-11-15 24:00 CST
    expect(evaluationClosesAt(parseCst('2019-11-08 10:01:19')).toISOString()).toBe(
      '2019-11-15T16:00:00.000Z',
    );
  });

  it('sweeps the cases completed before 00:00 CST of today − 7: exactly those whose window has closed', () => {
    // at 2019-11-16 10:00 CST: completed on 11-08 closed at 11-15 24:00, completed on 11-09 is open until 11-16 24:00
    const now = parseCst('2019-11-16 10:00:00');
    const cutoff = evaluationDueBefore(now);
    expect(cutoff.toISOString()).toBe(parseCst('2019-11-09 00:00:00').toISOString());
    expect(evaluationClosesAt(new Date(cutoff.getTime() - 1)).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(evaluationClosesAt(cutoff).getTime()).toBeGreaterThan(now.getTime());
    // a 3-day window: completed on 11-12 closed at 11-15 24:00
    expect(evaluationDueBefore(now, 3).toISOString()).toBe(parseCst('2019-11-13 00:00:00').toISOString());
    expect(evaluationClosesAt(parseCst('2019-11-12 23:59:59'), 3).getTime()).toBeLessThanOrEqual(
      now.getTime(),
    );
  });

  it('makes a reply due at 24:00 CST of the 15th natural day after the review', () => {
    expect(replyDueAtFor(parseCst('2019-11-08 23:59:59')).toISOString()).toBe('2019-11-23T16:00:00.000Z');
  });

  it('puts a reply task in its tab: replied, overdue from the due instant, due soon within 3 days, else pending', () => {
    const due = new Date('2026-12-10T16:00:00Z');
    const at = (msBeforeDue: number) => new Date(due.getTime() - msBeforeDue);
    expect(replyStateAt(due, { createdAt: at(DAY) }, at(DAY))).toBe('REPLIED');
    expect(replyStateAt(due, { createdAt: at(-DAY) }, at(-2 * DAY))).toBe('REPLIED');
    expect(replyStateAt(due, null, at(-1))).toBe('OVERDUE');
    expect(replyStateAt(due, null, due)).toBe('OVERDUE');
    expect(replyStateAt(due, null, at(1))).toBe('DUE_SOON');
    expect(replyStateAt(due, null, at(3 * DAY))).toBe('DUE_SOON');
    expect(replyStateAt(due, null, at(3 * DAY + 1))).toBe('PENDING');
    expect(replyStateAt(due, null, at(10 * DAY))).toBe('PENDING');
  });
});
