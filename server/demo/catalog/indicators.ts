/**
 * Starter indicator library (指标库) of 江岸区: common indicators plus, for each of the 12 key fields,
 * industry indicators classified by field → industry (行业) → category (项目类别).
 *
 * The library rows are kept as one-line tuples (see `IndicatorRow`) in `indicators-1.ts` and
 * `indicators-2.ts` so that a field's indicators read as a table; `indicatorLibrary` expands them.
 */
import type { FieldCode } from './fields.ts';
import { fieldIndicatorRows1 } from './indicators-1.ts';
import { fieldIndicatorRows2 } from './indicators-2.ts';

export type IndicatorLevel1 = 'output' | 'cost' | 'benefit' | 'satisfaction';
export type IndicatorLevel2 =
  | 'quantity'
  | 'quality'
  | 'timeliness'
  | 'cost'
  | 'economicBenefit'
  | 'socialBenefit'
  | 'ecoBenefit'
  | 'sustainable'
  | 'serviceSatisfaction';
export type IndicatorOperator = '≥' | '>' | '=' | '<' | '≤' | '定性';
export type IndicatorBasis = '计划标准' | '行业标准' | '历史标准' | '其他标准';
export type IndicatorLayer = 'common' | 'industry';

/** Valid second levels for each first level (classic 财预〔2020〕10号 framework, cost under output). */
export const level2ByLevel1: Record<IndicatorLevel1, IndicatorLevel2[]> = {
  output: ['quantity', 'quality', 'timeliness', 'cost'],
  cost: ['cost'],
  benefit: ['economicBenefit', 'socialBenefit', 'ecoBenefit', 'sustainable'],
  satisfaction: ['serviceSatisfaction'],
};

export interface IndicatorTemplate {
  /** null for common indicators usable in every field. */
  fieldCode: FieldCode | null;
  /** 行业, e.g. 义务教育, 公共卫生, 道路维修. */
  industry: string;
  /** 项目类别, e.g. 校舍维修改造, 设备购置, 运行维护, 补助发放, 政府购买服务, 基础设施建设. */
  category: string;
  level1: IndicatorLevel1;
  level2: IndicatorLevel2;
  name: string;
  operator: IndicatorOperator;
  /** '' for 定性. */
  unit: string;
  /** A number as a string, or a phrase for 定性 (e.g. '有效提升'). */
  recommendedValue: string;
  basis: IndicatorBasis;
  /** 指标解释. */
  explanation: string;
  /** 计算方法. */
  calculation: string;
  /** 数据来源. */
  dataSource: string;
  layer: IndicatorLayer;
}

/**
 * One library row: industry, category, level1, level2, name, operator, unit, recommendedValue, basis,
 * explanation, calculation, dataSource.
 */
export type IndicatorRow = readonly [
  string,
  string,
  IndicatorLevel1,
  IndicatorLevel2,
  string,
  IndicatorOperator,
  string,
  string,
  IndicatorBasis,
  string,
  string,
  string,
];

export interface FieldIndicatorRows {
  fieldCode: FieldCode;
  rows: IndicatorRow[];
}

// biome-ignore format: one indicator per line reads as a table
const commonRows: IndicatorRow[] = [
  ['通用', '通用', 'output', 'timeliness', '预算执行率', '≥', '%', '95', '计划标准', '年度实际支出占调整后预算的比例', '实际支出数/调整后预算数×100%', '预算执行报表、国库集中支付系统'],
  ['通用', '通用', 'output', 'timeliness', '资金到位率', '=', '%', '100', '计划标准', '实际到位资金占预算资金的比例', '实际到位资金/预算资金×100%', '指标文件、资金到账凭证'],
  ['通用', '通用', 'output', 'timeliness', '项目完成及时率', '=', '%', '100', '计划标准', '按实施方案确定的时间节点完成的任务占比', '按期完成任务数/计划任务数×100%', '项目实施方案、进度台账'],
  ['通用', '通用', 'output', 'timeliness', '资金支付及时率', '≥', '%', '95', '计划标准', '按合同约定时限支付的资金占应付资金的比例', '按期支付金额/应支付金额×100%', '合同、支付凭证'],
  ['通用', '通用', 'output', 'quality', '政府采购执行率', '=', '%', '100', '行业标准', '应采尽采，纳入政府采购预算的事项依法执行采购程序', '已执行采购金额/政府采购预算金额×100%', '政府采购管理系统'],
  ['通用', '通用', 'output', 'quality', '补助资金发放准确率', '=', '%', '100', '行业标准', '补助对象认定准确、标准执行正确、资金足额发放', '准确发放金额/应发放金额×100%', '发放名册、银行回单'],
  ['通用', '通用', 'output', 'quality', '项目验收合格率', '=', '%', '100', '行业标准', '完成的项目或子项通过验收的比例', '验收合格数/验收总数×100%', '验收报告'],
  ['通用', '通用', 'output', 'quality', '资金使用合规性', '定性', '', '合规', '其他标准', '资金使用符合财经法规和专项资金管理办法，无截留、挤占、挪用', '对照财务制度和审计、检查结论综合判断', '财务账簿、审计报告'],
  ['通用', '通用', 'output', 'quality', '档案资料完整率', '≥', '%', '95', '其他标准', '项目立项、采购、实施、验收等资料归档齐全的程度', '归档资料项数/应归档资料项数×100%', '项目档案'],
  ['通用', '通用', 'output', 'cost', '项目成本控制率', '≤', '%', '100', '计划标准', '项目实际成本不超过批复预算', '实际成本/批复预算×100%', '决算资料、财务账表'],
  ['通用', '通用', 'benefit', 'sustainable', '长效管理机制健全性', '定性', '', '健全', '其他标准', '项目建成或实施后管护、运行制度及责任主体落实情况', '查阅管理制度、运维合同和责任清单', '管理制度文件'],
  ['通用', '通用', 'satisfaction', 'serviceSatisfaction', '服务对象满意度', '≥', '%', '90', '其他标准', '受益群体对项目实施效果的满意程度', '满意及基本满意样本数/有效样本数×100%', '问卷调查'],
];

function expand(fieldCode: FieldCode | null, layer: IndicatorLayer, rows: IndicatorRow[]): IndicatorTemplate[] {
  return rows.map(
    ([
      industry,
      category,
      level1,
      level2,
      name,
      operator,
      unit,
      recommendedValue,
      basis,
      explanation,
      calculation,
      dataSource,
    ]) => ({
      fieldCode,
      industry,
      category,
      level1,
      level2,
      name,
      operator,
      unit,
      recommendedValue,
      basis,
      explanation,
      calculation,
      dataSource,
      layer,
    }),
  );
}

/** The 12 common indicators (layer 'common', fieldCode null). */
export const commonIndicators: IndicatorTemplate[] = expand(null, 'common', commonRows);

/** Industry indicators of the 12 key fields. */
export const fieldIndicators: IndicatorTemplate[] = [...fieldIndicatorRows1, ...fieldIndicatorRows2].flatMap((f) =>
  expand(f.fieldCode, 'industry', f.rows),
);

/** The whole starter library: common indicators first, then field indicators. */
export const indicatorLibrary: IndicatorTemplate[] = [...commonIndicators, ...fieldIndicators];
