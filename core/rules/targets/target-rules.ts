import type { IndicatorFramework, IndicatorTaxonomy, Level1, Level2, Operator } from '../indicator.ts';
import { defaultTaxonomies } from '../indicator.ts';

/** Stable codes of the target quality checks (shown live while declaring, reused by the review). */
export const targetCheckCodes = [
  'weightNotPositive',
  'levelWeightMismatch',
  'weightTotalMismatch',
  'missingRequiredLevel',
  'quantitativeShareLow',
  'costIncreasingOperator',
  'unitMissing',
  'nameMissing',
  'duplicateName',
  'nameTooLong',
  'level2Mismatch',
  'valuePlaceholder',
  'valueNotNumeric',
  'belowLastYearActual',
  'aboveLastYearActual',
  'copiedFromOtherProject',
] as const;
export type TargetCheckCode = (typeof targetCheckCodes)[number];

/** Chinese names of the target checks (rule configuration, finding lists). */
export const targetCheckLabels: Readonly<Record<TargetCheckCode, string>> = {
  weightNotPositive: '指标权重不为正数',
  levelWeightMismatch: '一级指标权重合计不符',
  weightTotalMismatch: '指标权重总计不符',
  missingRequiredLevel: '缺少必设的一级指标',
  quantitativeShareLow: '定量指标占比偏低',
  costIncreasingOperator: '成本指标使用“≥/>”',
  unitMissing: '定量指标缺少计量单位',
  nameMissing: '指标名称为空',
  duplicateName: '指标名称重复',
  nameTooLong: '指标名称过长',
  level2Mismatch: '二级指标与一级指标不匹配',
  valuePlaceholder: '指标值含占位符',
  valueNotNumeric: '定量指标值不是数字',
  belowLastYearActual: '指标值低于上年实际',
  aboveLastYearActual: '反向指标值高于上年实际',
  copiedFromOtherProject: '与其他项目指标雷同',
};

export type TargetFindingSeverity = 'error' | 'warning';

export interface TargetFinding {
  code: TargetCheckCode;
  severity: TargetFindingSeverity;
  /** Chinese, self-explanatory, names the indicator. */
  message: string;
  /** Index in `target.indicators` when the finding is about one indicator. */
  indicatorIndex?: number;
}

/** One third-level indicator as declared; `targetValue` is the raw text the unit typed. */
export interface TargetIndicator {
  level1: Level1;
  level2: Level2;
  name: string;
  operator: Operator;
  targetValue: string;
  unit?: string | null;
  weight: number;
}

export interface TargetInput {
  /** Overrides `rules.framework` for this target. */
  framework?: IndicatorFramework;
  indicators: readonly TargetIndicator[];
}

export interface TargetContext {
  /** Last year's actual values of this project's indicators, keyed by indicator name. */
  lastYearActuals?: Readonly<Record<string, number>>;
  /** Indicator names used in other units' projects (same year), to spot verbatim copies. */
  otherProjectIndicatorNames?: readonly string[];
}

/** A group of level1 codes whose indicator weights must add up to `total`. */
export interface LevelWeightGroup {
  levels: readonly Level1[];
  total: number;
}

export interface TargetRules {
  framework: IndicatorFramework;
  taxonomies: Readonly<Record<IndicatorFramework, IndicatorTaxonomy>>;
  /**
   * Level totals. 产出 and 成本 share one group so the same default works in both frameworks
   * (classic: 成本 sits inside 产出; 2021: 成本 is first level and takes part of the 产出 share).
   */
  levelWeightGroups: readonly LevelWeightGroup[];
  /** Sum of all indicator weights: 100 minus the 预算执行率 weight (10) scored in the self-evaluation. */
  indicatorWeightTotal: number;
  requiredLevels: readonly Level1[];
  /** Minimum share (0–1) of indicators with a quantitative operator. */
  minQuantitativeShare: number;
  maxNameLength: number;
  /** Placeholder characters a target value must not contain. */
  forbiddenValueChars: readonly string[];
  /** Severity per check, so a region may soften or harden one. */
  severities: Readonly<Record<TargetCheckCode, TargetFindingSeverity>>;
}

export const defaultTargetRules: TargetRules = {
  framework: 'classic2020',
  taxonomies: defaultTaxonomies,
  levelWeightGroups: [
    { levels: ['output', 'cost'], total: 50 },
    { levels: ['benefit'], total: 30 },
    { levels: ['satisfaction'], total: 10 },
  ],
  indicatorWeightTotal: 90,
  requiredLevels: ['output', 'benefit'],
  minQuantitativeShare: 0.6,
  maxNameLength: 100,
  forbiddenValueChars: ['*', '_', '-'],
  severities: {
    weightNotPositive: 'error',
    levelWeightMismatch: 'error',
    weightTotalMismatch: 'error',
    missingRequiredLevel: 'error',
    quantitativeShareLow: 'warning',
    costIncreasingOperator: 'error',
    unitMissing: 'error',
    nameMissing: 'error',
    duplicateName: 'error',
    nameTooLong: 'error',
    level2Mismatch: 'error',
    valuePlaceholder: 'error',
    valueNotNumeric: 'error',
    belowLastYearActual: 'warning',
    aboveLastYearActual: 'warning',
    copiedFromOtherProject: 'warning',
  },
};
