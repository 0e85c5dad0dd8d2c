// The license library's development data: the market-regulation department, its clerk and partner system,
// and e-business licenses (one per status, one for 王刚's company). Development secrets only.

export const MARKET_REGULATION = {
  code: 'tj-market-regulation',
  name: '天津市市场监督管理委员会',
  regionCode: '120000',
  creditCode: '11120000MB0F12345H',
};

export const MARKET_REGULATION_CLERK = {
  name: '吴倩',
  idNumber: '120103199203150045',
  password: 'Dept#2019',
};

export const LICENSE_PUBLISHER_CLIENT = {
  clientId: 'tj-market-regulation-system',
  name: '天津市市场主体登记系统',
  secret: 'dev-secret-tj-market-regulation',
  scopes: ['licenses:publish'],
};

export interface LicenseSeed {
  serial: string;
  creditCode: string;
  name: string;
  companyType: string;
  legalRepresentative: string;
  legalRepresentativeIdNumber: string;
  registeredCapital: string;
  establishedOn: string;
  operatingFrom: string;
  operatingTo: string | null;
  address: string;
  businessScope: string;
  registrationAuthority: string;
  issuedAt: string; // CST
  status: 'ACTIVE' | 'CANCELLED' | 'REVOKED';
  statusReason?: string;
}

export const LICENSES: LicenseSeed[] = [
  {
    serial: '2018000001',
    creditCode: '91120116MA06ABCD12',
    name: '天津津南外资科技有限公司',
    companyType: '有限责任公司（外商投资企业与内资合资）',
    legalRepresentative: '王刚',
    legalRepresentativeIdNumber: '120105198208080072',
    registeredCapital: '5000万元人民币',
    establishedOn: '2018-03-16',
    operatingFrom: '2018-03-16',
    operatingTo: '2048-03-15',
    address: '天津市津南区八里台镇津南经济开发区（西区）创新大道1号',
    businessScope:
      '技术开发、技术咨询、技术服务、技术转让；软件开发；货物及技术进出口。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
    registrationAuthority: '天津市津南区市场监督管理局',
    issuedAt: '2018-03-16 09:00:00',
    status: 'ACTIVE',
  },
  {
    serial: '2012000417',
    creditCode: '91120116MA05WX7K3W',
    name: '天津津南咸水沽商贸有限公司',
    companyType: '有限责任公司（自然人投资或控股）',
    legalRepresentative: '王刚',
    legalRepresentativeIdNumber: '120105198208080072',
    registeredCapital: '100万元人民币',
    establishedOn: '2012-06-01',
    operatingFrom: '2012-06-01',
    operatingTo: '2032-05-31',
    address: '天津市津南区咸水沽镇津沽路88号',
    businessScope: '日用百货、五金交电批发兼零售。',
    registrationAuthority: '天津市津南区市场监督管理局',
    issuedAt: '2012-06-01 10:00:00',
    status: 'CANCELLED',
    statusReason: '公司决议解散，已清算',
  },
  {
    serial: '2015000233',
    creditCode: '91120104MA07PQ2R5T',
    name: '天津南开海河贸易有限公司',
    companyType: '有限责任公司（自然人独资）',
    legalRepresentative: '陈静',
    legalRepresentativeIdNumber: '120104198503120018',
    registeredCapital: '300万元人民币',
    establishedOn: '2015-09-08',
    operatingFrom: '2015-09-08',
    operatingTo: null,
    address: '天津市南开区鞍山西道200号',
    businessScope: '食品经营；服装鞋帽、文具用品销售。',
    registrationAuthority: '天津市南开区市场监督管理局',
    issuedAt: '2015-09-08 14:30:00',
    status: 'ACTIVE',
  },
  {
    serial: '2016000089',
    creditCode: '91120101MA04LMN6TR',
    name: '天津和平津门餐饮有限公司',
    companyType: '有限责任公司（自然人投资或控股）',
    legalRepresentative: '陈静',
    legalRepresentativeIdNumber: '120104198503120018',
    registeredCapital: '50万元人民币',
    establishedOn: '2016-04-20',
    operatingFrom: '2016-04-20',
    operatingTo: '2036-04-19',
    address: '天津市和平区南京路128号',
    businessScope: '餐饮服务。',
    registrationAuthority: '天津市和平区市场监督管理局',
    issuedAt: '2016-04-20 09:30:00',
    status: 'REVOKED',
    statusReason: '连续六个月未开展经营活动',
  },
];
