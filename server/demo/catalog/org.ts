/**
 * Organisation catalog of 江岸区 (Wuhan, region 420102): the finance bureau, its divisions, the competent
 * departments (主管部门) and exactly 72 budget units (预算单位).
 *
 * Department codes are 3 digits; unit codes are the department code plus 3 digits. Each department's own
 * office (机关) is a budget unit. The 17 street offices (街道办事处) are grouped under one department
 * ('201') to keep the demo tree readable; in practice each street is a first-level budget unit.
 */
import type { FieldCode } from './fields.ts';

export interface FinanceDivision {
  code: string;
  name: string;
  /** 绩效管理科 (leads the performance loop) vs. 业务科室 (reviews its own departments' budgets). */
  kind: 'performance' | 'business' | 'support';
  /** Departments this business division is responsible for (归口管理). */
  departmentCodes: string[];
}

export interface FinanceBureau {
  regionCode: string;
  regionName: string;
  cityName: string;
  provinceName: string;
  name: string;
  shortName: string;
  divisions: FinanceDivision[];
}

export interface BudgetUnitEntry {
  /** 6 digits: department code + 3 digits. */
  code: string;
  name: string;
}

export interface DepartmentEntry {
  /** 3 digits. */
  code: string;
  name: string;
  shortName: string;
  fieldCodes: FieldCode[];
  units: BudgetUnitEntry[];
}

export const financeBureau: FinanceBureau = {
  regionCode: '420102',
  regionName: '江岸区',
  cityName: '武汉市',
  provinceName: '湖北省',
  name: '武汉市江岸区财政局',
  shortName: '江岸区财政局',
  divisions: [
    { code: '01', name: '办公室', kind: 'support', departmentCodes: [] },
    { code: '02', name: '预算科', kind: 'business', departmentCodes: ['101', '102', '103'] },
    { code: '03', name: '预算绩效管理科', kind: 'performance', departmentCodes: [] },
    { code: '04', name: '国库科', kind: 'support', departmentCodes: [] },
    { code: '05', name: '行政政法科', kind: 'business', departmentCodes: ['116', '117', '118', '201'] },
    { code: '06', name: '教科文科', kind: 'business', departmentCodes: ['104', '113', '114', '119'] },
    { code: '07', name: '社会保障科', kind: 'business', departmentCodes: ['105', '106', '107', '115', '121'] },
    { code: '08', name: '经济建设科', kind: 'business', departmentCodes: ['108', '109', '110', '111', '112', '120'] },
    { code: '09', name: '政府采购监督管理科', kind: 'support', departmentCodes: [] },
    { code: '10', name: '政府债务管理科', kind: 'support', departmentCodes: [] },
    { code: '11', name: '资产管理科', kind: 'support', departmentCodes: [] },
  ],
};

export const departments: DepartmentEntry[] = [
  {
    code: '101',
    name: '中共武汉市江岸区委员会办公室',
    shortName: '区委办',
    fieldCodes: ['governance'],
    units: [
      { code: '101001', name: '江岸区委办公室机关' },
      { code: '101002', name: '江岸区档案馆' },
    ],
  },
  {
    code: '102',
    name: '武汉市江岸区人民政府办公室',
    shortName: '区政府办',
    fieldCodes: ['governance'],
    units: [
      { code: '102001', name: '江岸区人民政府办公室机关' },
      { code: '102002', name: '江岸区机关事务服务中心' },
    ],
  },
  {
    code: '103',
    name: '武汉市江岸区发展和改革局',
    shortName: '区发改局',
    fieldCodes: ['industry', 'infrastructure'],
    units: [{ code: '103001', name: '江岸区发展和改革局机关' }],
  },
  {
    code: '104',
    name: '武汉市江岸区教育局',
    shortName: '区教育局',
    fieldCodes: ['education'],
    units: [
      { code: '104001', name: '江岸区教育局机关' },
      { code: '104002', name: '武汉市育才小学' },
      { code: '104003', name: '武汉市长春街小学' },
      { code: '104004', name: '武汉市鄱阳街小学' },
      { code: '104005', name: '武汉市七一中学' },
      { code: '104006', name: '武汉市七一华源中学' },
      { code: '104007', name: '江岸区实验幼儿园' },
    ],
  },
  {
    code: '105',
    name: '武汉市江岸区卫生健康局',
    shortName: '区卫生健康局',
    fieldCodes: ['health'],
    units: [
      { code: '105001', name: '江岸区卫生健康局机关' },
      { code: '105002', name: '江岸区疾病预防控制中心' },
      { code: '105003', name: '江岸区妇幼保健院' },
      { code: '105004', name: '江岸区卫生健康综合监督执法大队' },
      { code: '105005', name: '江岸区后湖街社区卫生服务中心' },
    ],
  },
  {
    code: '106',
    name: '武汉市江岸区民政局',
    shortName: '区民政局',
    fieldCodes: ['socialSecurity', 'governance'],
    units: [
      { code: '106001', name: '江岸区民政局机关' },
      { code: '106002', name: '江岸区社会福利院' },
      { code: '106003', name: '江岸区救助管理站' },
    ],
  },
  {
    code: '107',
    name: '武汉市江岸区人力资源和社会保障局',
    shortName: '区人社局',
    fieldCodes: ['socialSecurity'],
    units: [
      { code: '107001', name: '江岸区人力资源和社会保障局机关' },
      { code: '107002', name: '江岸区公共就业和人才服务中心' },
    ],
  },
  {
    code: '108',
    name: '武汉市江岸区住房和城市更新局',
    shortName: '区住更局',
    fieldCodes: ['housing'],
    units: [
      { code: '108001', name: '江岸区住房和城市更新局机关' },
      { code: '108002', name: '江岸区房屋安全管理中心' },
      { code: '108003', name: '江岸区城市更新服务中心' },
    ],
  },
  {
    code: '109',
    name: '武汉市江岸区城市管理执法委员会',
    shortName: '区城管执法委',
    fieldCodes: ['urbanManagement'],
    units: [
      { code: '109001', name: '江岸区城市管理执法委员会机关' },
      { code: '109002', name: '江岸区环境卫生服务中心' },
      { code: '109003', name: '江岸区市政设施维护中心' },
    ],
  },
  {
    code: '110',
    name: '武汉市江岸区建设局',
    shortName: '区建设局',
    fieldCodes: ['infrastructure'],
    units: [
      { code: '110001', name: '江岸区建设局机关' },
      { code: '110002', name: '江岸区建设工程质量安全监督站' },
      { code: '110003', name: '江岸区政府投资项目代建中心' },
    ],
  },
  {
    code: '111',
    name: '武汉市江岸区水务和湖泊局',
    shortName: '区水务湖泊局',
    fieldCodes: ['water'],
    units: [
      { code: '111001', name: '江岸区水务和湖泊局机关' },
      { code: '111002', name: '江岸区排水设施维护中心' },
      { code: '111003', name: '江岸区河湖管理中心' },
    ],
  },
  {
    code: '112',
    name: '武汉市江岸区园林和林业局',
    shortName: '区园林局',
    fieldCodes: ['ecology'],
    units: [
      { code: '112001', name: '江岸区园林和林业局机关' },
      { code: '112002', name: '江岸区园林绿化服务中心' },
    ],
  },
  {
    code: '113',
    name: '武汉市江岸区文化和旅游局',
    shortName: '区文旅局',
    fieldCodes: ['culture'],
    units: [
      { code: '113001', name: '江岸区文化和旅游局机关' },
      { code: '113002', name: '江岸区图书馆' },
      { code: '113003', name: '江岸区文化馆' },
    ],
  },
  {
    code: '114',
    name: '武汉市江岸区体育局',
    shortName: '区体育局',
    fieldCodes: ['culture'],
    units: [
      { code: '114001', name: '江岸区体育局机关' },
      { code: '114002', name: '江岸区全民健身服务中心' },
    ],
  },
  {
    code: '115',
    name: '武汉市江岸区退役军人事务局',
    shortName: '区退役军人局',
    fieldCodes: ['socialSecurity'],
    units: [
      { code: '115001', name: '江岸区退役军人事务局机关' },
      { code: '115002', name: '江岸区退役军人服务中心' },
    ],
  },
  {
    code: '116',
    name: '武汉市江岸区市场监督管理局',
    shortName: '区市场监管局',
    fieldCodes: ['safety', 'industry'],
    units: [
      { code: '116001', name: '江岸区市场监督管理局机关' },
      { code: '116002', name: '江岸区市场监管综合行政执法大队' },
    ],
  },
  {
    code: '117',
    name: '武汉市江岸区应急管理局',
    shortName: '区应急管理局',
    fieldCodes: ['safety'],
    units: [
      { code: '117001', name: '江岸区应急管理局机关' },
      { code: '117002', name: '江岸区应急救援保障中心' },
    ],
  },
  {
    code: '118',
    name: '武汉市江岸区司法局',
    shortName: '区司法局',
    fieldCodes: ['governance'],
    units: [
      { code: '118001', name: '江岸区司法局机关' },
      { code: '118002', name: '江岸区公共法律服务中心' },
    ],
  },
  {
    code: '119',
    name: '武汉市江岸区科学技术和经济信息化局',
    shortName: '区科经局',
    fieldCodes: ['industry'],
    units: [
      { code: '119001', name: '江岸区科学技术和经济信息化局机关' },
      { code: '119002', name: '江岸区科技创新服务中心' },
    ],
  },
  {
    code: '120',
    name: '武汉市江岸区商务局',
    shortName: '区商务局',
    fieldCodes: ['industry'],
    units: [
      { code: '120001', name: '江岸区商务局机关' },
      { code: '120002', name: '江岸区投资促进服务中心' },
    ],
  },
  {
    code: '121',
    name: '武汉市江岸区医疗保障局',
    shortName: '区医保局',
    fieldCodes: ['health', 'socialSecurity'],
    units: [
      { code: '121001', name: '江岸区医疗保障局机关' },
      { code: '121002', name: '江岸区医疗保障服务中心' },
    ],
  },
  {
    code: '201',
    name: '武汉市江岸区各街道办事处',
    shortName: '各街道',
    fieldCodes: ['governance', 'socialSecurity', 'urbanManagement'],
    units: [
      { code: '201001', name: '江岸区大智街道办事处' },
      { code: '201002', name: '江岸区一元街道办事处' },
      { code: '201003', name: '江岸区车站街道办事处' },
      { code: '201004', name: '江岸区四唯街道办事处' },
      { code: '201005', name: '江岸区永清街道办事处' },
      { code: '201006', name: '江岸区西马街道办事处' },
      { code: '201007', name: '江岸区球场街道办事处' },
      { code: '201008', name: '江岸区劳动街道办事处' },
      { code: '201009', name: '江岸区二七街道办事处' },
      { code: '201010', name: '江岸区新村街道办事处' },
      { code: '201011', name: '江岸区丹水池街道办事处' },
      { code: '201012', name: '江岸区台北街道办事处' },
      { code: '201013', name: '江岸区花桥街道办事处' },
      { code: '201014', name: '江岸区谌家矶街道办事处' },
      { code: '201015', name: '江岸区后湖街道办事处' },
      { code: '201016', name: '江岸区塔子湖街道办事处' },
      { code: '201017', name: '江岸区百步亭花园路街道办事处' },
    ],
  },
];

/** All 72 budget units with their department code, flattened. */
export const budgetUnits: (BudgetUnitEntry & { departmentCode: string })[] = departments.flatMap((d) =>
  d.units.map((u) => ({ ...u, departmentCode: d.code })),
);
