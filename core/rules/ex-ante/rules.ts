import { defaultPolicyTemplate } from './template-policy.ts';
import { defaultProjectTemplate } from './template-project.ts';
import { defaultSpecialBondTemplate } from './template-special-bond.ts';
import type { ScoringTemplate } from './template-types.ts';
import type { BandTable, BudgetType } from './types.ts';

export type TemplateKind = 'project' | 'policy' | 'specialBond';

export type AssessmentConclusion = 'support' | 'partialSupport' | 'reject';

export const assessmentConclusionLabels: Record<AssessmentConclusion, string> = {
  support: '予以支持',
  partialSupport: '部分支持',
  reject: '不予支持',
};

/** Amount thresholds in 分 for one budget type; a new project at or above a threshold needs that assessor. */
export interface AssessmentThresholds {
  /** 部门自评估 from this amount (分). */
  department: number;
  /** 财政评估 from this amount (分). */
  finance: number;
}

export interface ExAnteRules {
  /** Thresholds per budget type (分). */
  thresholds: Record<BudgetType, AssessmentThresholds>;
  /** Object kinds subject to the thresholds (new projects and new policies by default). */
  kindsInScope: ('project' | 'policy')[];
  panel: {
    /** Drop the experts with the highest and the lowest total when the panel is at least this big. */
    trimFromExperts: number;
    trimEnabled: boolean;
  };
  /** Score → conclusion bands (score on a 0–100 scale). */
  conclusionBands: BandTable<AssessmentConclusion>;
  /** Conclusions that open the gate to 入库 / 预算安排. */
  gateConclusions: AssessmentConclusion[];
  cost: {
    /** A line is flagged when its unit price exceeds the benchmark by more than this percent. */
    unitPriceTolerancePercent: number;
    /** Unit cost of the main output is flagged when it exceeds benchmark or history by more than this percent. */
    unitCostTolerancePercent: number;
    /** Maximum decimals accepted for a quantity (amounts are computed exactly at this precision). */
    quantityDecimals: number;
  };
  /** Scoring templates (评分表) by assessed object kind. */
  templates: Record<TemplateKind, ScoringTemplate>;
}

const WAN_YUAN = 1_000_000; // 1 万元 = 10 000 元 = 1 000 000 分

export const defaultExAnteRules: ExAnteRules = {
  thresholds: {
    general: { department: 100 * WAN_YUAN, finance: 500 * WAN_YUAN },
    governmentFund: { department: 100 * WAN_YUAN, finance: 500 * WAN_YUAN },
    stateCapital: { department: 100 * WAN_YUAN, finance: 500 * WAN_YUAN },
  },
  kindsInScope: ['project', 'policy'],
  panel: { trimFromExperts: 5, trimEnabled: true },
  conclusionBands: {
    bands: [
      { code: 'support', min: 80 },
      { code: 'partialSupport', min: 60 },
    ],
    fallback: 'reject',
  },
  gateConclusions: ['support', 'partialSupport'],
  cost: { unitPriceTolerancePercent: 10, unitCostTolerancePercent: 20, quantityDecimals: 3 },
  templates: {
    project: defaultProjectTemplate,
    policy: defaultPolicyTemplate,
    specialBond: defaultSpecialBondTemplate,
  },
};
