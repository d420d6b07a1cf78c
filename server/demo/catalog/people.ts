/**
 * People and institutions for the 江岸区 demo: personal names for users, the expert pool, third-party
 * agencies and the bureau's performance-management policy documents (制度体系).
 * All persons and agencies are fictitious; universities and design institutes are real employers named
 * only as plausible affiliations.
 */
import type { FieldCode } from './fields.ts';

/** 40 ordinary personal names for demo users (finance staff, department and unit operators, leaders). */
export const personNames: string[] = [
  '陈思远',
  '刘晓敏',
  '王建华',
  '李静怡',
  '赵文博',
  '周海燕',
  '吴俊杰',
  '徐丽娟',
  '孙志强',
  '胡雅琴',
  '朱明辉',
  '高秀兰',
  '林晓峰',
  '何婷婷',
  '郭建军',
  '马丽华',
  '罗志刚',
  '梁晓燕',
  '宋佳琪',
  '郑国平',
  '谢文静',
  '韩雪梅',
  '唐振宇',
  '冯德胜',
  '董春艳',
  '程浩然',
  '袁卫东',
  '邓雅婷',
  '许志明',
  '沈晓东',
  '曾凡荣',
  '彭立新',
  '吕佳慧',
  '熊志勇',
  '涂晓琳',
  '万立群',
  '喻红霞',
  '汪文涛',
  '夏晓雯',
  '詹国庆',
];

export type ExpertOrgType = 'university' | 'designInstitute' | 'firm' | 'department' | 'financeBureau' | 'research';

export interface ExpertEntry {
  name: string;
  /** 职称 / 执业资格. */
  title: string;
  /** Employer as shown on the expert card. */
  org: string;
  orgType: ExpertOrgType;
  /** Department code (org.ts) when the expert works in a 主管部门; used for conflict-of-interest checks. */
  departmentCode: string | null;
  fieldCodes: FieldCode[];
}

/** 20 experts: 行业专家 from universities and institutes, 财政业务骨干 and department specialists. */
export const experts: ExpertEntry[] = [
  {
    name: '付春燕',
    title: '教授',
    org: '中南财经政法大学财政税务学院',
    orgType: 'university',
    departmentCode: null,
    fieldCodes: ['governance', 'socialSecurity'],
  },
  {
    name: '鲁建平',
    title: '正高级工程师',
    org: '中南建筑设计院股份有限公司',
    orgType: 'designInstitute',
    departmentCode: null,
    fieldCodes: ['infrastructure', 'housing'],
  },
  {
    name: '童振华',
    title: '高级工程师',
    org: '武汉市政工程设计研究院有限责任公司',
    orgType: 'designInstitute',
    departmentCode: null,
    fieldCodes: ['infrastructure', 'water'],
  },
  {
    name: '蒋海涛',
    title: '注册会计师',
    org: '湖北江晟会计师事务所有限公司',
    orgType: 'firm',
    departmentCode: null,
    fieldCodes: ['governance', 'industry'],
  },
  {
    name: '蔡文娟',
    title: '副教授',
    org: '华中科技大学同济医学院公共卫生学院',
    orgType: 'university',
    departmentCode: null,
    fieldCodes: ['health'],
  },
  {
    name: '贾晓宇',
    title: '副教授',
    org: '华中师范大学教育学院',
    orgType: 'university',
    departmentCode: null,
    fieldCodes: ['education'],
  },
  {
    name: '魏秀芳',
    title: '高级会计师',
    org: '武汉市江岸区财政局',
    orgType: 'financeBureau',
    departmentCode: null,
    fieldCodes: ['governance', 'education', 'culture'],
  },
  {
    name: '薛振华',
    title: '高级工程师',
    org: '湖北省城市规划设计研究院有限责任公司',
    orgType: 'designInstitute',
    departmentCode: null,
    fieldCodes: ['ecology', 'urbanManagement'],
  },
  {
    name: '叶倩如',
    title: '副研究员',
    org: '湖北省社会科学院',
    orgType: 'research',
    departmentCode: null,
    fieldCodes: ['culture', 'governance'],
  },
  {
    name: '余德明',
    title: '高级工程师',
    org: '武汉市江岸区水务和湖泊局',
    orgType: 'department',
    departmentCode: '111',
    fieldCodes: ['water'],
  },
  {
    name: '黄启明',
    title: '主任医师',
    org: '武汉市江岸区卫生健康局',
    orgType: 'department',
    departmentCode: '105',
    fieldCodes: ['health'],
  },
  {
    name: '杨慧君',
    title: '正高级教师',
    org: '武汉市江岸区教育局',
    orgType: 'department',
    departmentCode: '104',
    fieldCodes: ['education'],
  },
  {
    name: '肖国栋',
    title: '副教授',
    org: '湖北经济学院财政与公共管理学院',
    orgType: 'university',
    departmentCode: null,
    fieldCodes: ['industry'],
  },
  {
    name: '田志华',
    title: '一级注册造价工程师',
    org: '武汉汉衡工程咨询有限公司',
    orgType: 'firm',
    departmentCode: null,
    fieldCodes: ['infrastructure', 'housing', 'water'],
  },
  {
    name: '姚丽萍',
    title: '高级会计师',
    org: '武汉市江岸区财政局',
    orgType: 'financeBureau',
    departmentCode: null,
    fieldCodes: ['socialSecurity', 'health', 'safety'],
  },
  {
    name: '龚建新',
    title: '高级工程师',
    org: '武汉市江岸区城市管理执法委员会',
    orgType: 'department',
    departmentCode: '109',
    fieldCodes: ['urbanManagement', 'ecology'],
  },
  {
    name: '柯敏',
    title: '副教授',
    org: '武汉大学社会保障研究中心',
    orgType: 'university',
    departmentCode: null,
    fieldCodes: ['socialSecurity'],
  },
  {
    name: '聂晓光',
    title: '注册安全工程师',
    org: '武汉市江岸区应急管理局',
    orgType: 'department',
    departmentCode: '117',
    fieldCodes: ['safety'],
  },
  {
    name: '江海鹰',
    title: '教授',
    org: '湖北大学公共管理学院',
    orgType: 'university',
    departmentCode: null,
    fieldCodes: ['governance', 'culture'],
  },
  {
    name: '操卫红',
    title: '高级经济师',
    org: '武汉市江岸区发展和改革局',
    orgType: 'department',
    departmentCode: '103',
    fieldCodes: ['industry', 'infrastructure'],
  },
];

export type AgencyType = 'cpa' | 'consulting' | 'engineering';
export type CreditLevel = 'A' | 'B' | 'C';

export interface AgencyEntry {
  name: string;
  shortName: string;
  type: AgencyType;
  /** 资质情况. */
  qualifications: string;
  creditLevel: CreditLevel;
  /** Fields the agency usually evaluates. */
  fieldCodes: FieldCode[];
}

/** 5 fictitious third-party agencies (第三方机构). */
export const agencies: AgencyEntry[] = [
  {
    name: '湖北江晟会计师事务所有限公司',
    shortName: '江晟会计师事务所',
    type: 'cpa',
    qualifications:
      '会计师事务所执业证书；已在省财政厅预算绩效管理第三方机构库备案；注册会计师32人，连续五年承接区级财政重点绩效评价',
    creditLevel: 'A',
    fieldCodes: ['education', 'health', 'socialSecurity', 'governance'],
  },
  {
    name: '武汉汉衡工程咨询有限公司',
    shortName: '汉衡工程咨询',
    type: 'engineering',
    qualifications: '工程咨询单位甲级资信（市政公用工程、建筑）；工程造价咨询企业；一级注册造价工程师18人',
    creditLevel: 'A',
    fieldCodes: ['infrastructure', 'housing', 'water', 'urbanManagement'],
  },
  {
    name: '湖北正弘项目管理咨询有限公司',
    shortName: '正弘咨询',
    type: 'consulting',
    qualifications: '工程咨询单位乙级资信；ISO 9001质量管理体系认证；具备政府购买服务和政策评价项目经验',
    creditLevel: 'B',
    fieldCodes: ['ecology', 'culture', 'safety'],
  },
  {
    name: '武汉楚衡信和会计师事务所（普通合伙）',
    shortName: '楚衡信和',
    type: 'cpa',
    qualifications: '会计师事务所执业证书；证券服务业务备案；专职绩效评价团队12人，熟悉政府债务和国有资本经营预算评价',
    creditLevel: 'B',
    fieldCodes: ['industry', 'housing', 'governance'],
  },
  {
    name: '湖北博睿致远管理咨询有限公司',
    shortName: '博睿致远',
    type: 'consulting',
    qualifications:
      '企业法人营业执照（管理咨询、社会调查）；具备满意度调查和社会稳定风险评估经验；上年度考评中出现报告质量问题',
    creditLevel: 'C',
    fieldCodes: ['socialSecurity', 'culture', 'governance'],
  },
];

export type PolicyCategory =
  | 'targets'
  | 'monitoring'
  | 'selfEvaluation'
  | 'keyEvaluation'
  | 'resultsApplication'
  | 'exAnte'
  | 'general';

export interface PolicyDocument {
  title: string;
  /** 文号. */
  docNo: string;
  issuer: string;
  /** ISO date. */
  issuedOn: string;
  category: PolicyCategory;
  summary: string;
}

/** 10 documents of the 2025 performance-management framework (制度体系). */
export const policyDocuments: PolicyDocument[] = [
  {
    title: '江岸区全面实施预算绩效管理实施办法（修订）',
    docNo: '岸政办规〔2025〕1号',
    issuer: '武汉市江岸区人民政府办公室',
    issuedOn: '2025-02-18',
    category: 'general',
    summary: '明确“全方位、全过程、全覆盖”预算绩效管理体系框架，规定财政部门、主管部门和预算单位在各环节的职责分工。',
  },
  {
    title: '江岸区事前绩效评估管理暂行办法',
    docNo: '岸财发〔2025〕8号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-02-26',
    category: 'exAnte',
    summary: '将事前绩效评估作为项目入库和预算安排的前置环节，规定评估范围、评估内容、专家组织和评估结论应用。',
  },
  {
    title: '江岸区项目支出绩效自评及复核工作规程',
    docNo: '岸财发〔2025〕10号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-03-05',
    category: 'selfEvaluation',
    summary: '规范单位自评表填报、评分规则和佐证资料要求，明确财政复核的抽样方式、复核要点和退回整改程序。',
  },
  {
    title: '江岸区预算绩效目标管理工作指引',
    docNo: '岸财发〔2025〕12号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-03-10',
    category: 'targets',
    summary: '细化绩效目标编制、审核和批复要求，明确指标设置的量化比例、成本指标方向和指标值确定依据。',
  },
  {
    title: '江岸区预算绩效运行监控管理办法',
    docNo: '岸财发〔2025〕21号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-04-15',
    category: 'monitoring',
    summary: '建立预算执行进度和绩效目标实现程度“双监控”机制，明确预警规则、纠偏措施和资金收回程序。',
  },
  {
    title: '江岸区财政重点绩效评价管理办法',
    docNo: '岸财发〔2025〕33号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-06-12',
    category: 'keyEvaluation',
    summary: '规定重点评价对象选取、评价指标体系框架、工作流程和报告质量要求，覆盖部门整体、政策和项目评价。',
  },
  {
    title: '江岸区第三方机构参与预算绩效管理工作考核办法',
    docNo: '岸财发〔2025〕35号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-06-20',
    category: 'keyEvaluation',
    summary: '建立第三方机构执业质量考评机制，将考评得分与服务费用支付比例和信用等级挂钩。',
  },
  {
    title: '江岸区预算绩效评价结果应用管理办法',
    docNo: '岸财发〔2025〕48号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-08-28',
    category: 'resultsApplication',
    summary: '将绩效评估、评价结果与下年度预算安排直接挂钩，明确不同评价等级对应的预算调整规则。',
  },
  {
    title: '江岸区预算绩效问题整改清单化管理办法',
    docNo: '岸财发〔2025〕52号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-09-16',
    category: 'resultsApplication',
    summary: '建立问题清单、责任清单、整改清单“三张清单”，实行整改销号和逾期督办管理。',
  },
  {
    title: '江岸区分行业分领域核心绩效指标和标准体系（2026年版）',
    docNo: '岸财发〔2025〕58号',
    issuer: '武汉市江岸区财政局',
    issuedOn: '2025-10-20',
    category: 'targets',
    summary: '采取“部门主导、财政协同”方式构建覆盖12个重点领域的核心绩效指标和标准，全面应用于2026年预算绩效申报。',
  },
];
