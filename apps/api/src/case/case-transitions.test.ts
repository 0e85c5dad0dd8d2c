import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../generated/prisma/client.ts';
import {
  ACTION_TARGET,
  ALLOWED_TRANSITIONS,
  canTransition,
  departmentActions,
  STATUS_LABEL,
} from './case-transitions.ts';
import { LIST_OF_STATUS } from './case-lists.ts';

const ALL: CaseStatus[] = Object.keys(ALLOWED_TRANSITIONS) as CaseStatus[];

describe('case lifecycle', () => {
  it.each([
    ['DRAFT', 'RECEIVED'],
    ['RECEIVED', 'ACCEPTED'],
    ['RECEIVED', 'ACCEPTED_ON_COMMITMENT'],
    ['RECEIVED', 'REJECTED'],
    ['RECEIVED', 'CORRECTION_REQUIRED'],
    ['CORRECTION_REQUIRED', 'RECEIVED'],
    ['CORRECTION_REQUIRED', 'REJECTED'],
    ['ACCEPTED', 'IN_PROGRESS'],
    ['ACCEPTED', 'COMPLETED'],
    ['ACCEPTED_ON_COMMITMENT', 'IN_PROGRESS'],
    ['ACCEPTED_ON_COMMITMENT', 'COMPLETED'],
    ['IN_PROGRESS', 'COMPLETED'],
  ] as [CaseStatus, CaseStatus][])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('lets nothing out of 不予受理 and 办结', () => {
    expect(ALLOWED_TRANSITIONS.REJECTED).toEqual([]);
    expect(ALLOWED_TRANSITIONS.COMPLETED).toEqual([]);
  });

  it('allows exactly the twelve transitions above', () => {
    const count = ALL.flatMap((from) => ALL.filter((to) => canTransition(from, to))).length;
    expect(count).toBe(12);
  });

  it.each([
    ['COMPLETED', 'IN_PROGRESS'],
    ['REJECTED', 'ACCEPTED'],
    ['DRAFT', 'COMPLETED'],
    ['RECEIVED', 'COMPLETED'],
    ['IN_PROGRESS', 'CORRECTION_REQUIRED'],
    ['ACCEPTED', 'ACCEPTED'],
  ] as [CaseStatus, CaseStatus][])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('offers a department the actions of the status, and only one 补正 notice', () => {
    expect(departmentActions('RECEIVED', false)).toEqual([
      'ACCEPT',
      'ACCEPT_ON_COMMITMENT',
      'REJECT',
      'REQUEST_CORRECTION',
    ]);
    expect(departmentActions('RECEIVED', true)).toEqual(['ACCEPT', 'ACCEPT_ON_COMMITMENT', 'REJECT']);
    expect(departmentActions('IN_PROGRESS', false)).toEqual(['COMPLETE']);
    expect(departmentActions('COMPLETED', false)).toEqual([]);
  });

  it('offers 开始办理 and 办结 once a case is accepted, with or without a commitment', () => {
    expect(departmentActions('ACCEPTED', false)).toEqual(['START_PROCESSING', 'COMPLETE']);
    expect(departmentActions('ACCEPTED_ON_COMMITMENT', true)).toEqual(['START_PROCESSING', 'COMPLETE']);
    expect(departmentActions('CORRECTION_REQUIRED', true)).toEqual(['REJECT']);
    expect(departmentActions('DRAFT', false)).toEqual([]);
  });

  it('leads each department action to its status', () => {
    expect(ACTION_TARGET).toEqual({
      ACCEPT: 'ACCEPTED',
      ACCEPT_ON_COMMITMENT: 'ACCEPTED_ON_COMMITMENT',
      REJECT: 'REJECTED',
      REQUEST_CORRECTION: 'CORRECTION_REQUIRED',
      START_PROCESSING: 'IN_PROGRESS',
      COMPLETE: 'COMPLETED',
    });
  });

  it("labels every status in the guide's words", () => {
    expect(STATUS_LABEL).toEqual({
      DRAFT: '暂存',
      RECEIVED: '已接件',
      ACCEPTED: '已受理',
      IN_PROGRESS: '部门办理中',
      CORRECTION_REQUIRED: '补正',
      ACCEPTED_ON_COMMITMENT: '承诺补正',
      REJECTED: '不予受理',
      COMPLETED: '办结',
    });
  });

  it('puts every status in one list of 我的办件', () => {
    expect(ALL.every((status) => LIST_OF_STATUS[status])).toBe(true);
    expect(LIST_OF_STATUS.COMPLETED).toBe('COMPLETED');
    expect(LIST_OF_STATUS.ACCEPTED_ON_COMMITMENT).toBe('COMMITMENT');
  });
});
