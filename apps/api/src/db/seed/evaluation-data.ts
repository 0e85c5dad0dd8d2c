import type { Db } from '../prisma.ts';
import type { EvaluationChannel, EvaluationLevel, Prisma } from '../../generated/prisma/client.ts';
import { cstDayOf, formatCst, parseCst } from '../../lib/natural-days.ts';
import { publishedPeriods } from '../../dashboard/index.ts';
import { evaluationClosesAt, isBadLevel, replyDueAtFor } from '../../evaluation/index.ts';
import type { CaseSeed } from './case-data.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * 李华's recently completed cases, relative to the time the seed runs (so they can still be evaluated):
 * two without an evaluation (评价 shows in 办结件), and one with a 差评 awaiting 南开社保分中心's reply.
 * Business numbers are fixed, so a later run finds them and adds nothing.
 */
export function recentCases(now: Date): CaseSeed[] {
  const at = (ms: number) => formatCst(new Date(now.getTime() - ms));
  return [
    {
      businessNumber: '20261127090000100001',
      applicant: 'citizen',
      item: 'nk-approval-social-org',
      source: 'ONLINE',
      status: 'COMPLETED',
      appliedAt: at(5 * DAY),
      completedAt: at(1 * DAY),
    },
    {
      businessNumber: '261126100000100002',
      applicant: 'citizen',
      item: 'tj-transport-ops-vehicle-review',
      source: 'WINDOW',
      status: 'COMPLETED',
      appliedAt: at(6 * DAY),
      completedAt: at(2 * DAY),
    },
    {
      businessNumber: '20261125090000100003',
      applicant: 'citizen',
      item: 'nk-ss-pension-resume',
      source: 'INTERCONNECTED',
      client: 'nk-social-security-system',
      status: 'COMPLETED',
      appliedAt: at(8 * DAY),
      completedAt: at(3 * DAY),
    },
  ];
}

/**
 * 陈静's case completed and evaluated 满意 in the last full CST month before the seed runs, so 公示 (last
 * month and year) and the dashboards' previous periods have figures in development and in the browser tests.
 */
export function lastMonthCases(now: Date): { cases: CaseSeed[]; evaluations: EvaluationSeed[] } {
  const month = publishedPeriods(cstDayOf(now)).monthFrom.slice(0, 8);
  const businessNumber = '20261010090000200001';
  return {
    cases: [
      {
        businessNumber,
        applicant: 'citizen2',
        item: 'nk-approval-social-org',
        source: 'ONLINE',
        status: 'COMPLETED',
        appliedAt: `${month}08 09:00:00`,
        completedAt: `${month}10 15:00:00`,
      },
    ],
    evaluations: [
      {
        businessNumber,
        level: 'SATISFIED',
        submittedAt: `${month}11 10:00:00`,
        dimensionScores: { EFFICIENCY: 4, GUIDE_ACCURACY: 5, CONVENIENCE: 4, PLATFORM_USABILITY: 4 },
      },
    ],
  };
}

export interface EvaluationSeed {
  businessNumber: string;
  level?: EvaluationLevel;
  /** CST; omitted for a system default */
  submittedAt?: string;
  channel?: EvaluationChannel;
  comment?: string;
  dimensionScores?: Record<string, number>;
  reply?: { at: string; body: string };
  followUp?: { at: string; body: string };
}

/** The guide's ten 办结件 all show 已评价: own evaluations, one 差评 with reply and 追评, and system defaults. */
const GUIDE_EVALUATIONS: EvaluationSeed[] = [
  {
    businessNumber: '20191108095653989372',
    level: 'VERY_SATISFIED',
    submittedAt: '2019-11-08 18:20:00',
    comment: '网上申报很方便，当天办结。',
    dimensionScores: { EFFICIENCY: 5, GUIDE_ACCURACY: 5, CONVENIENCE: 5, PLATFORM_USABILITY: 4 },
  },
  {
    businessNumber: '20191107192640286801',
    level: 'SATISFIED',
    submittedAt: '2019-11-09 08:00:00',
    channel: 'MOBILE',
  },
  {
    businessNumber: '191107191733256400',
    level: 'SATISFIED',
    submittedAt: '2019-11-07 20:00:00',
    dimensionScores: { SERVICE_EFFICIENCY: 4, SERVICE_LEVEL: 5, SERVICE_ATTITUDE: 5 },
  },
  {
    businessNumber: '20191107180245378802',
    level: 'DISSATISFIED',
    submittedAt: '2019-11-08 12:00:00',
    comment: '材料要求没有一次性告知，跑了两趟。',
    reply: {
      at: '2019-11-12 09:30:00',
      body: '非常抱歉给您带来不便，已对经办人员进行培训，并更新了办事指南中的材料清单。',
    },
    followUp: { at: '2019-11-13 10:00:00', body: '看到回复了，希望以后一次告知。' },
  },
  { businessNumber: '20191107163941662896' },
  { businessNumber: '20191107151420633614' },
  { businessNumber: '2019110714529886846', level: 'BASIC', submittedAt: '2019-11-08 09:00:00' },
  { businessNumber: '2019110714175756717' },
  { businessNumber: '20191107092055800274', level: 'VERY_SATISFIED', submittedAt: '2019-11-07 18:00:00' },
  { businessNumber: '20191107092139163613' },
];

/** Seeds the evaluations above and the 差评 awaiting reply; a case that already has one is left alone. */
export async function seedEvaluations(db: Db, now: Date, staffOfSocialSecurity: string): Promise<void> {
  const awaitingReply: EvaluationSeed = {
    businessNumber: '20261125090000100003',
    level: 'VERY_DISSATISFIED',
    submittedAt: formatCst(new Date(now.getTime() - 2 * DAY)),
    comment: '线上显示已办结，但结果迟迟没有送达。',
  };
  for (const seed of [...GUIDE_EVALUATIONS, ...lastMonthCases(now).evaluations, awaitingReply]) {
    const kase = await db.case.findFirstOrThrow({ where: { businessNumber: seed.businessNumber } });
    if (await db.evaluation.findUnique({ where: { caseId: kase.id } })) continue;
    const level = seed.level ?? 'BASIC';
    const submittedAt = seed.submittedAt ? parseCst(seed.submittedAt) : evaluationClosesAt(kase.completedAt!);
    const replies: Prisma.EvaluationReplyCreateWithoutEvaluationInput[] = [];
    if (seed.reply) {
      replies.push({
        kind: 'REPLY',
        body: seed.reply.body,
        createdAt: parseCst(seed.reply.at),
        author: { connect: { id: staffOfSocialSecurity } },
      });
    }
    if (seed.followUp) {
      replies.push({
        kind: 'FOLLOW_UP',
        body: seed.followUp.body,
        createdAt: parseCst(seed.followUp.at),
        author: { connect: { id: kase.applicantId } },
      });
    }
    await db.evaluation.create({
      data: {
        caseId: kase.id,
        evaluatorId: seed.level ? kase.applicantId : null,
        level,
        comment: seed.comment ?? null,
        channel: seed.level ? (seed.channel ?? 'PC') : 'SYSTEM_DEFAULT',
        isDefault: !seed.level,
        dimensionScores: seed.dimensionScores,
        submittedAt,
        replyDueAt: isBadLevel(level) ? replyDueAtFor(submittedAt) : null,
      },
    });
    // Notes one by one, in order: the 追评 trigger checks that the reply exists first.
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { caseId: kase.id } });
    for (const reply of replies) {
      await db.evaluationReply.create({ data: { ...reply, evaluation: { connect: { id: evaluation.id } } } });
    }
  }
}
