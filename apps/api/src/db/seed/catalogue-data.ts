import type { RealNameLevel } from '../../generated/prisma/client.ts';
// Departments and service items from the Tianjin user guide (and domain.md).
export const DEPARTMENTS = [
  { code: 'nk-approval', name: '天津市南开区审批局', regionCode: '120104' },
  { code: 'tj-transport', name: '天津市交通运输委', regionCode: '120000' },
  { code: 'tj-transport-ops', name: '市运管处运政科', regionCode: '120000' },
  { code: 'nk-social-security', name: '南开社保分中心', regionCode: '120104' },
  { code: 'hp-housing', name: '和平区住房和建设委员会', regionCode: '120101' },
  { code: 'nk-street', name: '南开区街道', regionCode: '120104' },
  { code: 'tj-ndrc', name: '天津市发展和改革委员会', regionCode: '120000' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];

export interface ItemSeed {
  code: string;
  name: string;
  department: DepartmentCode;
  onlineApplicable: boolean;
  promisedDays?: number;
  /** the 认证等级 needed to apply online (default 未认证: anyone signed in) */
  requiredLevel?: RealNameLevel;
  materials: { name: string; licenseType?: 'BUSINESS_LICENSE'; required?: boolean }[];
}

export const ITEMS: ItemSeed[] = [
  {
    code: 'nk-approval-social-org',
    name: '社会组织(社会团体、民办非企业单位)登记',
    department: 'nk-approval',
    onlineApplicable: true,
    promisedDays: 20,
    materials: [{ name: '登记申请书' }, { name: '章程草案' }, { name: '住所使用证明' }],
  },
  {
    code: 'tj-transport-vehicle-review',
    name: '道路运输车辆年审-道路运输证年度审验',
    department: 'tj-transport',
    onlineApplicable: true,
    promisedDays: 5,
    materials: [{ name: '道路运输证' }, { name: '车辆综合性能检测报告' }],
  },
  {
    code: 'tj-transport-ops-vehicle-review',
    name: '道路运输道路运输车辆年审(辆次审验)',
    department: 'tj-transport-ops',
    onlineApplicable: false,
    promisedDays: 5,
    materials: [{ name: '道路运输证' }, { name: '车辆行驶证' }],
  },
  {
    code: 'nk-ss-employer-registration',
    name: '参保单位注册登记',
    department: 'nk-social-security',
    onlineApplicable: true,
    promisedDays: 5,
    materials: [{ name: '营业执照', licenseType: 'BUSINESS_LICENSE' }, { name: '社会保险登记表' }],
  },
  {
    code: 'nk-ss-pension-transfer',
    name: '机关事业单位养老保险关系转移接续',
    department: 'nk-social-security',
    onlineApplicable: true,
    promisedDays: 15,
    materials: [{ name: '参保缴费凭证' }, { name: '转移接续申请表' }],
  },
  {
    code: 'nk-ss-pension-resume',
    name: '恢复养老保险待遇申请',
    department: 'nk-social-security',
    onlineApplicable: true,
    promisedDays: 10,
    materials: [{ name: '恢复待遇申请表' }, { name: '居民身份证' }],
  },
  {
    code: 'hp-housing-property-contract',
    name: '物业服务合同备案',
    department: 'hp-housing',
    onlineApplicable: true,
    promisedDays: 5,
    materials: [
      { name: '物业服务合同' },
      { name: '业主大会决议' },
      { name: '物业服务企业营业执照', licenseType: 'BUSINESS_LICENSE' },
    ],
  },
  {
    code: 'nk-street-social-affairs',
    name: '社会领域非申报',
    department: 'nk-street',
    onlineApplicable: false,
    materials: [{ name: '情况说明' }],
  },
  {
    code: 'tj-ndrc-foreign-investment',
    name: '外商投资项目核准',
    department: 'tj-ndrc',
    onlineApplicable: true,
    promisedDays: 20,
    requiredLevel: 'REAL_NAME',
    materials: [
      // 外商投资项目核准和备案管理办法, art. 13: the planning and land opinions are required only for projects
      // on allocated (划拨) or newly added land, so the form marks them optional.
      { name: '项目申请报告' },
      { name: '投资方登记注册文件（营业执照）', licenseType: 'BUSINESS_LICENSE' },
      { name: '投资意向书或增资、并购协议' },
      { name: '银行出具的融资意向书' },
      { name: '规划选址意见书', required: false },
      { name: '用地预审意见', required: false },
      { name: '法律法规要求的其他文件', required: false },
    ],
  },
];
