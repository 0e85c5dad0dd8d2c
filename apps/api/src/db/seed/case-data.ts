import type { CaseSource, CaseStatus, DeliveryMethod } from '../../generated/prisma/client.ts';

export interface CaseSeed {
  businessNumber: string;
  applicant: string;
  item: string;
  source: CaseSource;
  /** for 互联互通 cases: the partner system that issued the number */
  client?: string;
  status: CaseStatus;
  /** CST, as the guide shows them */
  appliedAt?: string;
  completedAt?: string;
  commitmentDueAt?: string;
  missingMaterials?: string[];
  delivery?: DeliveryMethod;
  trackingNumber?: string;
}

/** The ten rows of the guide's 办事件 table, exactly: business numbers, times, items, departments, sources. */
export const GUIDE_CASES: CaseSeed[] = (
  [
    {
      businessNumber: '20191108095653989372',
      appliedAt: '2019-11-08 10:01:19',
      completedAt: '2019-11-08 16:20:05',
      item: 'nk-approval-social-org',
      source: 'ONLINE',
    },
    {
      businessNumber: '20191107192640286801',
      appliedAt: '2019-11-07 19:29:18',
      completedAt: '2019-11-08 09:12:40',
      item: 'tj-transport-vehicle-review',
      source: 'ONLINE',
      delivery: 'EMS',
      trackingNumber: '1183470526913',
    },
    {
      businessNumber: '191107191733256400',
      appliedAt: '2019-11-07 19:18:14',
      completedAt: '2019-11-07 19:40:02',
      item: 'tj-transport-ops-vehicle-review',
      source: 'WINDOW',
    },
    {
      businessNumber: '20191107180245378802',
      appliedAt: '2019-11-07 18:02:30',
      completedAt: '2019-11-08 10:05:11',
      item: 'nk-ss-employer-registration',
      source: 'INTERCONNECTED',
      client: 'nk-social-security-system',
    },
    {
      businessNumber: '20191107163941662896',
      appliedAt: '2019-11-07 16:39:25',
      completedAt: '2019-11-08 11:30:47',
      item: 'nk-ss-pension-transfer',
      source: 'INTERCONNECTED',
      client: 'nk-social-security-system',
    },
    {
      businessNumber: '20191107151420633614',
      appliedAt: '2019-11-07 15:14:05',
      completedAt: '2019-11-07 17:45:19',
      item: 'nk-ss-pension-resume',
      source: 'INTERCONNECTED',
      client: 'nk-social-security-system',
    },
    {
      businessNumber: '2019110714529886846',
      appliedAt: '2019-11-07 14:38:25',
      completedAt: '2019-11-07 17:02:33',
      item: 'nk-approval-social-org',
      source: 'ONLINE',
    },
    {
      businessNumber: '2019110714175756717',
      appliedAt: '2019-11-07 14:17:42',
      completedAt: '2019-11-07 16:10:08',
      item: 'nk-ss-employer-registration',
      source: 'INTERCONNECTED',
      client: 'nk-social-security-system',
    },
    {
      businessNumber: '20191107092055800274',
      appliedAt: '2019-11-07 11:27:09',
      completedAt: '2019-11-07 15:48:56',
      item: 'hp-housing-property-contract',
      source: 'ONLINE',
      delivery: 'WINDOW_PICKUP',
    },
    {
      businessNumber: '20191107092139163613',
      appliedAt: '2019-11-07 09:21:22',
      completedAt: '2019-11-07 10:02:37',
      item: 'nk-street-social-affairs',
      source: 'INTERCONNECTED',
      client: 'nk-street-system',
    },
  ] satisfies Omit<CaseSeed, 'applicant' | 'status'>[]
).map((row) => ({ ...row, applicant: 'citizen', status: 'COMPLETED' as const }));

/** A few cases in every other list of 我的办件, and another citizen's cases to prove isolation. */
export const OTHER_CASES: CaseSeed[] = [
  {
    businessNumber: '20261118101122334455',
    applicant: 'citizen',
    item: 'nk-approval-social-org',
    source: 'ONLINE',
    status: 'ACCEPTED',
    appliedAt: '2026-11-18 10:11:22',
  },
  {
    businessNumber: '20261121143005667788',
    applicant: 'citizen',
    item: 'nk-ss-pension-resume',
    source: 'INTERCONNECTED',
    client: 'nk-social-security-system',
    status: 'IN_PROGRESS',
    appliedAt: '2026-11-21 14:30:05',
  },
  {
    businessNumber: '261123091500123400',
    applicant: 'citizen',
    item: 'tj-transport-ops-vehicle-review',
    source: 'WINDOW',
    status: 'RECEIVED',
    appliedAt: '2026-11-23 09:15:00',
  },
  {
    businessNumber: '20261115160000112233',
    applicant: 'citizen',
    item: 'hp-housing-property-contract',
    source: 'ONLINE',
    status: 'CORRECTION_REQUIRED',
    appliedAt: '2026-11-15 16:00:00',
    missingMaterials: ['物业服务合同', '业主大会决议'],
  },
  {
    businessNumber: '20261110090000445566',
    applicant: 'citizen',
    item: 'nk-approval-social-org',
    source: 'ONLINE',
    status: 'ACCEPTED_ON_COMMITMENT',
    appliedAt: '2026-11-10 09:00:00',
    commitmentDueAt: '2027-02-08 23:59:59',
  },
  {
    businessNumber: '20261125200000778899',
    applicant: 'citizen',
    item: 'hp-housing-property-contract',
    source: 'ONLINE',
    status: 'DRAFT',
  },
  {
    businessNumber: '20261120083000991122',
    applicant: 'citizen',
    item: 'nk-ss-employer-registration',
    source: 'ONLINE',
    status: 'RECEIVED',
    appliedAt: '2026-11-20 08:30:00',
  },
  {
    businessNumber: '20191106100000123456',
    applicant: 'citizen2',
    item: 'nk-ss-pension-resume',
    source: 'ONLINE',
    status: 'COMPLETED',
    appliedAt: '2019-11-06 10:00:00',
    completedAt: '2019-11-06 15:00:00',
  },
  {
    businessNumber: '20261119110000222333',
    applicant: 'citizen2',
    item: 'nk-approval-social-org',
    source: 'ONLINE',
    status: 'IN_PROGRESS',
    appliedAt: '2026-11-19 11:00:00',
  },
];
