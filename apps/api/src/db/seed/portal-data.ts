// The portal's seed (首页): more items of the kinds the Tianjin hall lists, their 办事指南, the 个人办事 /
// 法人办事 categories, the reviewed synonym list and a few notices. Department codes are catalogue-data's.
import type { ItemSeed } from './catalogue-data.ts';

/** Items beyond the guide's own, handled at the window (their online forms are not built). */
export const PORTAL_ITEMS: ItemSeed[] = [
  {
    code: 'nk-street-birth-registration',
    name: '生育登记服务',
    department: 'nk-street',
    onlineApplicable: false,
    promisedDays: 1,
    materials: [{ name: '夫妻双方居民身份证' }, { name: '结婚证' }, { name: '户口簿' }],
  },
  {
    code: 'nk-street-minimum-living',
    name: '城乡居民最低生活保障申请',
    department: 'nk-street',
    onlineApplicable: false,
    promisedDays: 30,
    materials: [
      { name: '最低生活保障申请书' },
      { name: '家庭成员居民身份证和户口簿' },
      { name: '家庭收入和财产状况证明' },
    ],
  },
  {
    code: 'nk-ss-card-application',
    name: '社会保障卡申领',
    department: 'nk-social-security',
    onlineApplicable: false,
    promisedDays: 15,
    materials: [{ name: '居民身份证' }, { name: '近期免冠彩色照片' }],
  },
  {
    code: 'nk-ss-resident-pension',
    name: '城乡居民基本养老保险参保登记',
    department: 'nk-social-security',
    onlineApplicable: false,
    promisedDays: 5,
    materials: [{ name: '居民身份证' }, { name: '户口簿' }],
  },
  {
    code: 'nk-ss-unemployment-benefit',
    name: '失业保险金申领',
    department: 'nk-social-security',
    onlineApplicable: false,
    promisedDays: 10,
    materials: [
      { name: '居民身份证' },
      { name: '解除或终止劳动关系证明' },
      { name: '本人银行账户信息', required: false },
    ],
  },
  {
    code: 'hp-housing-public-rental',
    name: '公共租赁住房申请',
    department: 'hp-housing',
    onlineApplicable: false,
    promisedDays: 20,
    materials: [
      { name: '公共租赁住房申请表' },
      { name: '家庭成员居民身份证和户口簿' },
      { name: '住房情况证明' },
    ],
  },
  {
    code: 'hp-housing-presale-permit',
    name: '商品房预售许可',
    department: 'hp-housing',
    onlineApplicable: false,
    promisedDays: 10,
    materials: [
      { name: '商品房预售许可申请表' },
      { name: '开发企业营业执照', licenseType: 'BUSINESS_LICENSE' },
      { name: '建设工程规划许可证' },
      { name: '商品房预售方案' },
    ],
  },
  {
    code: 'nk-approval-company-registration',
    name: '公司设立登记',
    department: 'nk-approval',
    onlineApplicable: false,
    promisedDays: 3,
    materials: [
      { name: '公司登记（备案）申请书' },
      { name: '公司章程' },
      { name: '股东主体资格证明' },
      { name: '住所使用证明' },
    ],
  },
  {
    code: 'nk-approval-individual-business',
    name: '个体工商户设立登记',
    department: 'nk-approval',
    onlineApplicable: false,
    promisedDays: 1,
    materials: [
      { name: '个体工商户登记（备案）申请书' },
      { name: '经营者居民身份证' },
      { name: '经营场所使用证明' },
    ],
  },
  {
    code: 'nk-approval-food-business',
    name: '食品经营许可',
    department: 'nk-approval',
    onlineApplicable: false,
    promisedDays: 10,
    materials: [
      { name: '食品经营许可申请书' },
      { name: '营业执照', licenseType: 'BUSINESS_LICENSE' },
      { name: '经营场所平面图和设备布局图' },
      { name: '食品安全管理制度' },
    ],
  },
  {
    code: 'tj-ndrc-enterprise-investment-filing',
    name: '企业投资项目备案',
    department: 'tj-ndrc',
    onlineApplicable: false,
    promisedDays: 3,
    materials: [{ name: '项目备案信息表' }, { name: '企业营业执照', licenseType: 'BUSINESS_LICENSE' }],
  },
];

export interface GuideSeed {
  conditions: string;
  fee: string;
  place: string;
  consultPhone: string;
}

const NK_STREET = '天津市南开区政务服务中心一楼街道综合窗口（南开区红旗南路 1 号）';
const NK_SS = '南开社保分中心服务大厅（南开区长江道 88 号）';
const NK_APPROVAL = '天津市南开区政务服务中心二楼审批局窗口（南开区红旗南路 1 号）';
const HP_HOUSING = '和平区政务服务中心住建窗口（和平区南京路 160 号）';
const TJ_NDRC = '天津市政务服务中心三楼发展改革窗口（河西区隆昌路 94 号）';
const TJ_TRANSPORT = '天津市政务服务中心交通运输窗口（河西区隆昌路 94 号）';
const FREE = '不收费';

/** 办事指南 of each item, by item code. */
export const GUIDES: Record<string, GuideSeed> = {
  'tj-ndrc-foreign-investment': {
    conditions:
      '在本市行政区域内，外国投资者直接或通过其在中国境内设立的企业投资建设《政府核准的投资项目目录》规定须由地方核准的固定资产投资项目。\n项目符合国家和本市发展规划、产业政策、行业准入标准，以及外商投资准入特别管理措施（负面清单）的要求。\n项目申请报告由具备相应能力的单位编制，内容真实、完整。',
    fee: FREE,
    place: TJ_NDRC,
    consultPhone: '022-12345',
  },
  'nk-approval-social-org': {
    conditions:
      '有规范的名称和相应的组织机构；有固定的住所；有与其业务活动相适应的专职或者兼职工作人员；有合法的资产和经费来源。',
    fee: FREE,
    place: NK_APPROVAL,
    consultPhone: '022-27350000',
  },
  'tj-transport-vehicle-review': {
    conditions: '车辆已取得道路运输证，并在审验有效期内；车辆技术等级评定合格。',
    fee: FREE,
    place: TJ_TRANSPORT,
    consultPhone: '022-23450000',
  },
  'tj-transport-ops-vehicle-review': {
    conditions: '车辆已取得道路运输证；车辆综合性能检测合格。',
    fee: FREE,
    place: TJ_TRANSPORT,
    consultPhone: '022-23450000',
  },
  'nk-ss-employer-registration': {
    conditions: '在本区登记注册的用人单位，自成立之日起 30 日内办理。',
    fee: FREE,
    place: NK_SS,
    consultPhone: '022-12333',
  },
  'nk-ss-pension-transfer': {
    conditions: '机关事业单位参保人员跨统筹地区或跨制度流动。',
    fee: FREE,
    place: NK_SS,
    consultPhone: '022-12333',
  },
  'nk-ss-pension-resume': {
    conditions: '因服刑、失踪等原因暂停领取养老保险待遇，暂停原因消失的人员。',
    fee: FREE,
    place: NK_SS,
    consultPhone: '022-12333',
  },
  'hp-housing-property-contract': {
    conditions: '业主大会或建设单位已与物业服务企业签订物业服务合同。',
    fee: FREE,
    place: HP_HOUSING,
    consultPhone: '022-27110000',
  },
  'nk-street-social-affairs': {
    conditions: '辖区居民和单位在社会领域需由街道办理的事项。',
    fee: FREE,
    place: NK_STREET,
    consultPhone: '022-27380000',
  },
  'nk-street-birth-registration': {
    conditions: '夫妻双方至少一方户籍在本街道，或在本街道居住的流动人口。',
    fee: FREE,
    place: NK_STREET,
    consultPhone: '022-27380000',
  },
  'nk-street-minimum-living': {
    conditions: '持有本市户籍，家庭人均收入低于本市最低生活保障标准，且家庭财产状况符合规定。',
    fee: FREE,
    place: NK_STREET,
    consultPhone: '022-27380000',
  },
  'nk-ss-card-application': {
    conditions: '在本市参加社会保险的人员，或本市户籍居民。',
    fee: '首次申领不收费',
    place: NK_SS,
    consultPhone: '022-12333',
  },
  'nk-ss-resident-pension': {
    conditions:
      '年满 16 周岁（不含在校学生），非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围的本市户籍居民。',
    fee: FREE,
    place: NK_SS,
    consultPhone: '022-12333',
  },
  'nk-ss-unemployment-benefit': {
    conditions:
      '失业前用人单位和本人已缴纳失业保险费满一年；非因本人意愿中断就业；已进行失业登记并有求职要求。',
    fee: FREE,
    place: NK_SS,
    consultPhone: '022-12333',
  },
  'hp-housing-public-rental': {
    conditions: '申请家庭具有本市城镇户籍，家庭人均收入和住房面积符合本市公共租赁住房准入标准。',
    fee: FREE,
    place: HP_HOUSING,
    consultPhone: '022-27110000',
  },
  'hp-housing-presale-permit': {
    conditions:
      '已交付全部土地使用权出让金，取得土地使用权证书；持有建设工程规划许可证和施工许可证；投入开发建设的资金达到工程建设总投资的 25% 以上。',
    fee: FREE,
    place: HP_HOUSING,
    consultPhone: '022-27110000',
  },
  'nk-approval-company-registration': {
    conditions: '有符合规定的公司名称、住所、股东和公司章程；申请材料齐全、符合法定形式。',
    fee: FREE,
    place: NK_APPROVAL,
    consultPhone: '022-27350000',
  },
  'nk-approval-individual-business': {
    conditions: '有经营能力的自然人；有固定的经营场所。',
    fee: FREE,
    place: NK_APPROVAL,
    consultPhone: '022-27350000',
  },
  'nk-approval-food-business': {
    conditions:
      '具有与经营的食品品种、数量相适应的经营场所和设备设施；有专职或者兼职的食品安全管理人员和规章制度。',
    fee: FREE,
    place: NK_APPROVAL,
    consultPhone: '022-27350000',
  },
  'tj-ndrc-enterprise-investment-filing': {
    conditions: '企业在本市投资建设实行备案管理的固定资产投资项目（不使用政府投资资金）。',
    fee: FREE,
    place: TJ_NDRC,
    consultPhone: '022-12345',
  },
};

export interface CategorySeed {
  code: string;
  audience: 'PERSONAL' | 'LEGAL';
  kind: 'LIFE_EVENT' | 'TOPIC';
  name: string;
  items: string[];
}

/** 个人办事 / 法人办事 entries, in display order within each audience and kind. */
export const CATEGORIES: CategorySeed[] = [
  {
    code: 'personal-birth',
    audience: 'PERSONAL',
    kind: 'LIFE_EVENT',
    name: '生育收养',
    items: ['nk-street-birth-registration'],
  },
  {
    code: 'personal-employment',
    audience: 'PERSONAL',
    kind: 'LIFE_EVENT',
    name: '就业创业',
    items: ['nk-ss-unemployment-benefit', 'nk-approval-individual-business'],
  },
  {
    code: 'personal-housing',
    audience: 'PERSONAL',
    kind: 'LIFE_EVENT',
    name: '住房保障',
    items: ['hp-housing-public-rental'],
  },
  {
    code: 'personal-retirement',
    audience: 'PERSONAL',
    kind: 'LIFE_EVENT',
    name: '退休养老',
    items: ['nk-ss-pension-resume', 'nk-ss-pension-transfer', 'nk-ss-resident-pension'],
  },
  {
    code: 'personal-social-security',
    audience: 'PERSONAL',
    kind: 'TOPIC',
    name: '社会保障',
    items: ['nk-ss-card-application', 'nk-ss-resident-pension', 'nk-ss-unemployment-benefit'],
  },
  {
    code: 'personal-assistance',
    audience: 'PERSONAL',
    kind: 'TOPIC',
    name: '社会救助',
    items: ['nk-street-minimum-living', 'nk-street-social-affairs'],
  },
  {
    code: 'personal-transport',
    audience: 'PERSONAL',
    kind: 'TOPIC',
    name: '交通出行',
    items: ['tj-transport-vehicle-review'],
  },
  {
    code: 'legal-opening',
    audience: 'LEGAL',
    kind: 'LIFE_EVENT',
    name: '企业开办',
    items: ['nk-approval-company-registration', 'nk-ss-employer-registration', 'nk-approval-food-business'],
  },
  {
    code: 'legal-investment',
    audience: 'LEGAL',
    kind: 'LIFE_EVENT',
    name: '投资建设',
    items: [
      'tj-ndrc-foreign-investment',
      'tj-ndrc-enterprise-investment-filing',
      'hp-housing-presale-permit',
    ],
  },
  {
    code: 'legal-operation',
    audience: 'LEGAL',
    kind: 'LIFE_EVENT',
    name: '经营许可',
    items: ['nk-approval-food-business', 'tj-transport-ops-vehicle-review'],
  },
  {
    code: 'legal-foreign',
    audience: 'LEGAL',
    kind: 'TOPIC',
    name: '外商投资',
    items: ['tj-ndrc-foreign-investment'],
  },
  {
    code: 'legal-transport',
    audience: 'LEGAL',
    kind: 'TOPIC',
    name: '交通运输',
    items: ['tj-transport-vehicle-review', 'tj-transport-ops-vehicle-review'],
  },
  {
    code: 'legal-social-org',
    audience: 'LEGAL',
    kind: 'TOPIC',
    name: '社会组织',
    items: ['nk-approval-social-org'],
  },
  {
    code: 'legal-property',
    audience: 'LEGAL',
    kind: 'TOPIC',
    name: '物业管理',
    items: ['hp-housing-property-contract'],
  },
];

/**
 * The reviewed synonym list: what people type for an item whose official name they do not know (colloquial
 * names, old names, the thing they hold in hand). Each entry is a word a person would search by that is NOT
 * in the item's name; add by review only (a synonym on the wrong item sends people to the wrong window).
 */
export const SYNONYMS: Record<string, string[]> = {
  'tj-ndrc-foreign-investment': ['外资项目', '外资审批', '外企投资项目', '中外合资项目'],
  'nk-ss-card-application': ['社保卡', '医保卡'],
  'nk-street-birth-registration': ['准生证', '生育服务证'],
  'nk-approval-company-registration': ['注册公司', '开公司', '办营业执照'],
  'nk-approval-individual-business': ['个体户', '开店'],
  'nk-ss-unemployment-benefit': ['失业金'],
  'nk-street-minimum-living': ['低保'],
  'hp-housing-public-rental': ['公租房', '廉租房'],
  'nk-ss-pension-resume': ['恢复退休金'],
  'tj-transport-vehicle-review': ['营运车年检'],
  'nk-approval-food-business': ['餐饮许可证', '食品经营许可证'],
};

/** Notices of the development data: two published, one still unpublished (系统管理 shows it). */
export const NOTICES: { title: string; body: string; publishedAt: string | null }[] = [
  {
    title: '关于元旦期间网上办事大厅服务安排的通知',
    body: '元旦假期（1 月 1 日）期间，网上办事大厅正常受理网上申报，假期内提交的申请顺延至节后第一个工作日受理。\n\n各区政务服务中心窗口假期暂停服务，如有急需办理的事项，请拨打 12345 政务服务便民热线咨询。',
    publishedAt: '2026-12-01T01:00:00Z',
  },
  {
    title: '网上办事大厅上线“关怀模式”',
    body: '为方便老年人和视力不便的群众办事，网上办事大厅推出“关怀模式”：字号更大、按钮更大、对比度更高、页面更简洁。\n\n点击页面顶部的“关怀模式”即可开启或关闭；登录后，您的选择在其他设备上也会保留。',
    publishedAt: '2026-12-03T02:00:00Z',
  },
  {
    title: '关于系统升级维护的预告（草稿）',
    body: '网上办事大厅计划于近期进行系统升级维护，具体时间另行通知。',
    publishedAt: null,
  },
];
