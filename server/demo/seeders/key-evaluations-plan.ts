/**
 * The 2025 key-evaluation plan of the demo: which 2024 objects, of which kinds and budget types, at which stage,
 * and deterministic evaluator inputs that the scoring rules turn into scores.
 */
import type { BudgetType } from '../../../core/enums';
import {
  type EvaluationKind,
  type EvaluationTemplate,
  type IndicatorInput,
  templateIndicators,
} from '../../../core/rules/key-evaluation/index';

export type SeedStage = 'planned' | 'fieldWork' | 'exchange' | 'finalised' | 'archived';

export interface PlannedEvaluation {
  kind: EvaluationKind;
  /** Which 2024 project to pick (name pattern, budget type); a department; or a named item. */
  pick:
    | { type: 'project'; pattern: RegExp; budgetType: BudgetType; preferUnit?: string }
    | { type: 'department'; code: string }
    | { type: 'item'; name: string; unitCode: string; amountWan: number };
  budgetType: BudgetType;
  stage: SeedStage;
  /** Agency index in the catalog, or null for the finance team. */
  agency: number | null;
  /** Evaluator quality: share of each indicator's weight earned, roughly. */
  quality: number;
}

export const EVALUATION_PLAN: PlannedEvaluation[] = [
  {
    kind: 'departmentOverall',
    pick: { type: 'department', code: '104' },
    budgetType: 'general',
    stage: 'archived',
    agency: 0,
    quality: 0.93,
  },
  {
    kind: 'departmentOverall',
    pick: { type: 'department', code: '105' },
    budgetType: 'general',
    stage: 'archived',
    agency: null,
    quality: 0.88,
  },
  {
    kind: 'procurement',
    pick: { type: 'project', pattern: /设备购置|购置/, budgetType: 'general' },
    budgetType: 'general',
    stage: 'finalised',
    agency: null,
    quality: 0.84,
  },
  {
    kind: 'procurement',
    pick: { type: 'item', name: '2024年度区级集中采购目录货物及服务采购', unitCode: '101001', amountWan: 2860 },
    budgetType: 'general',
    stage: 'finalised',
    agency: null,
    quality: 0.8,
  },
  {
    kind: 'purchasedService',
    pick: { type: 'project', pattern: /课后服务|购买服务|家庭医生/, budgetType: 'general' },
    budgetType: 'general',
    stage: 'finalised',
    agency: 2,
    quality: 0.86,
  },
  {
    kind: 'purchasedService',
    pick: { type: 'item', name: '区属学校校园物业及安保服务政府购买服务', unitCode: '104002', amountWan: 436 },
    budgetType: 'general',
    stage: 'exchange',
    agency: 0,
    quality: 0.82,
  },
  {
    kind: 'debt',
    pick: { type: 'project', pattern: /工程|建设|改造/, budgetType: 'governmentFund' },
    budgetType: 'governmentFund',
    stage: 'finalised',
    agency: 3,
    quality: 0.78,
  },
  {
    kind: 'debt',
    pick: { type: 'project', pattern: /./, budgetType: 'governmentFund' },
    budgetType: 'governmentFund',
    stage: 'fieldWork',
    agency: 1,
    quality: 0.85,
  },
  {
    // The report names exactly four kinds: 部门整体, 政府采购, 政府购买服务, 政府债务.
    kind: 'procurement',
    pick: { type: 'project', pattern: /资本金/, budgetType: 'stateCapital' },
    budgetType: 'stateCapital',
    stage: 'finalised',
    agency: 1,
    quality: 0.9,
  },
  {
    kind: 'purchasedService',
    pick: { type: 'project', pattern: /补助|救助|资助|服务/, budgetType: 'general' },
    budgetType: 'general',
    stage: 'planned',
    agency: null,
    quality: 0.85,
  },
];

/** Deterministic evaluator inputs: each indicator earns about `quality` of its weight. */
export function inputsFor(template: EvaluationTemplate, quality: number, random: () => number, share = 1) {
  const inputs: Record<string, IndicatorInput> = {};
  const indicators = templateIndicators(template);
  const count = Math.ceil(indicators.length * share);
  for (const ind of indicators.slice(0, count)) {
    const q = Math.min(1, Math.max(0.5, quality + (random() - 0.5) * 0.16));
    const m = ind.method;
    if (m.type === 'ratio') {
      inputs[ind.code] =
        m.formula === 'costSavingRate'
          ? { type: 'ratio', numerator: Math.round(1000 * (q >= 0.9 ? 0.97 : 2 - q)), denominator: 1000 }
          : { type: 'ratio', numerator: Math.round(1000 * q), denominator: 1000 };
    } else if (m.type === 'bands') inputs[ind.code] = { type: 'bands', value: Math.round(100 * q) };
    else if (m.type === 'deduction')
      inputs[ind.code] = {
        type: 'deduction',
        occurrences: Math.min(3, Math.floor(((1 - q) * ind.weight) / m.perOccurrence)),
      };
    else if (m.type === 'survey')
      inputs[ind.code] = { type: 'survey', averagePercent: Math.round(1000 * Math.max(q, 0.8)) / 10 };
    else inputs[ind.code] = { type: 'judgement', score: Math.round(ind.weight * q * 2) / 2 };
  }
  return inputs;
}

/** Two agencies scored and paid: ≥ 90 → 100 %, 80–90 → 95 %. */
export const AGENCY_QUALITY: Record<number, Record<string, number>> = {
  0: { teamCompetence: 14, teamStability: 14, communication: 19, reportFacts: 23, conclusions: 22.5 },
  2: { teamCompetence: 13, teamStability: 13, communication: 17, reportFacts: 22, conclusions: 21 },
};

const WAN = 1_000_000;
/** Contract fees (分) by plan row. */
export const FEES_WAN = [18.6, 0, 0, 0, 12.8, 9.5, 15.2, 14.6, 16.8, 0].map((w) => Math.round(w * WAN));

export const STEP_DELIVERABLES: Record<string, string> = {
  notice: '岸财绩〔2025〕号评价通知',
  workPlan: '评价工作方案（含指标体系、抽样方案、问卷）',
  fieldWork: '基础数据表、现场核查记录、满意度问卷',
  preliminary: '评价初步结论及评分表',
  exchange: '被评价单位书面反馈意见',
  final: '评价报告（定稿）',
  archive: '评价档案归档',
};

/** Planned dates of the seven steps in the 2025 work year, staggered by plan row. */
export function plannedDates(i: number): string[] {
  const m = (base: number) => String(Math.min(12, base + Math.floor(i / 3))).padStart(2, '0');
  return [
    `2025-${m(3)}-10`,
    `2025-${m(3)}-25`,
    `2025-${m(4)}-20`,
    `2025-${m(6)}-15`,
    `2025-${m(7)}-05`,
    `2025-${m(8)}-20`,
    `2025-${m(9)}-30`,
  ];
}
