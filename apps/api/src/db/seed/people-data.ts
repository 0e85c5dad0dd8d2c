import type { RealNameLevel, Role, UserKind } from '../../generated/prisma/client.ts';
import type { DepartmentCode } from './catalogue-data.ts';

// Development accounts. Their passwords are listed in the README and refused when NODE_ENV=production.
export interface PersonSeed {
  key: string;
  name: string;
  idNumber: string;
  phone?: string;
  password: string;
  roles: Role[];
  kind?: UserKind;
  realNameLevel: RealNameLevel;
  department?: DepartmentCode;
  company?: { creditCode: string; name: string };
}

export const PEOPLE: PersonSeed[] = [
  {
    key: 'citizen',
    name: '李华',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    password: 'Citizen#2019',
    roles: ['CITIZEN'],
    realNameLevel: 'REAL_NAME',
  },
  {
    key: 'citizen2',
    name: '陈静',
    idNumber: '120104198503120018',
    phone: '13900139000',
    password: 'Citizen#2019',
    roles: ['CITIZEN'],
    realNameLevel: 'REAL_NAME',
  },
  {
    key: 'window',
    name: '刘洋',
    idNumber: '120101199007150029',
    password: 'Window#2019',
    roles: ['WINDOW_STAFF'],
    realNameLevel: 'REAL_NAME',
  },
  {
    key: 'deptSocialSecurity',
    name: '赵敏',
    idNumber: '120102198801010033',
    password: 'Dept#2019',
    roles: ['DEPARTMENT_STAFF'],
    realNameLevel: 'REAL_NAME',
    department: 'nk-social-security',
  },
  {
    key: 'deptApproval',
    name: '孙磊',
    idNumber: '120104197911200047',
    password: 'Dept#2019',
    roles: ['DEPARTMENT_STAFF'],
    realNameLevel: 'REAL_NAME',
    department: 'nk-approval',
  },
  {
    key: 'deptNdrc',
    name: '吴峰',
    idNumber: '120103198704150030',
    password: 'Dept#2019',
    roles: ['DEPARTMENT_STAFF'],
    realNameLevel: 'REAL_NAME',
    department: 'tj-ndrc',
  },
  {
    key: 'headSocialSecurity',
    name: '郑琳',
    idNumber: '120104197805060044',
    password: 'Head#2019',
    roles: ['DEPARTMENT_HEAD'],
    realNameLevel: 'REAL_NAME',
    department: 'nk-social-security',
  },
  {
    key: 'headNdrc',
    name: '冯涛',
    idNumber: '120103197509180061',
    password: 'Head#2019',
    roles: ['DEPARTMENT_HEAD'],
    realNameLevel: 'REAL_NAME',
    department: 'tj-ndrc',
  },
  {
    key: 'supervisor',
    name: '周婷',
    idNumber: '120103199506300055',
    password: 'Supervisor#2019',
    roles: ['SUPERVISOR'],
    realNameLevel: 'REAL_NAME',
  },
  {
    key: 'admin',
    name: '系统管理员',
    idNumber: '120000197001010067',
    password: 'Admin#2019',
    roles: ['ADMIN'],
    realNameLevel: 'REAL_NAME',
  },
  {
    key: 'company',
    name: '王刚',
    idNumber: '120105198208080072',
    phone: '13700137000',
    password: 'Company#2019',
    roles: ['CITIZEN'],
    kind: 'COMPANY',
    realNameLevel: 'REAL_NAME',
    company: { creditCode: '91120116MA06ABCD12', name: '天津津南外资科技有限公司' },
  },
];

/** Partner systems (互联互通) of the seeded departments; development secrets only. */
export const API_CLIENTS = [
  {
    clientId: 'nk-social-security-system',
    name: '南开社保业务系统',
    department: 'nk-social-security',
    secret: 'dev-secret-nk-social-security',
    scopes: ['cases:sync', 'cases:read'],
  },
  {
    clientId: 'nk-street-system',
    name: '南开区街道业务系统',
    department: 'nk-street',
    secret: 'dev-secret-nk-street',
    scopes: ['cases:sync', 'cases:read'],
  },
] as const satisfies readonly { department: DepartmentCode; [key: string]: unknown }[];
