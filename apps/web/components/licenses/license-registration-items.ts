import type { FieldGridItem } from '@/components/layout/FieldGrid';

/** The registration fields a license shows wherever it appears (我的证照 and a fetched 证照库 copy). */
export interface LicenseRegistration {
  creditCode: string;
  companyType: string;
  legalRepresentative: string;
  registeredCapital: string;
  establishedOn: string;
  operatingFrom: string;
  operatingTo?: string | null;
}

/** 统一社会信用代码 … 营业期限 as field-grid items, in the order of the e-business license. */
export function licenseRegistrationItems(license: LicenseRegistration): FieldGridItem[] {
  return [
    { key: 'creditCode', label: '统一社会信用代码', children: license.creditCode },
    { key: 'type', label: '类型', children: license.companyType },
    { key: 'legal', label: '法定代表人', children: license.legalRepresentative },
    { key: 'capital', label: '注册资本', children: license.registeredCapital },
    { key: 'established', label: '成立日期', children: license.establishedOn },
    {
      key: 'term',
      label: '营业期限',
      children: `${license.operatingFrom} 至 ${license.operatingTo ?? '长期'}`,
    },
  ];
}
