import type { EvaluationKind, FrameworkCode } from './types.ts';

/** Ratio formulas; the rate is numerator / denominator except 成本节约率 = (denominator − numerator) / denominator. */
export type RatioFormula =
  | 'fundsInPlaceRate'
  | 'budgetExecutionRate'
  | 'completionRate'
  | 'qualityRate'
  | 'costSavingRate';

export const ratioFormulas: Record<RatioFormula, { label: string; numerator: string; denominator: string }> = {
  fundsInPlaceRate: { label: '资金到位率', numerator: '实际到位资金', denominator: '预算资金' },
  budgetExecutionRate: { label: '预算执行率', numerator: '实际支出资金', denominator: '实际到位资金' },
  completionRate: { label: '实际完成率', numerator: '实际产出数', denominator: '计划产出数' },
  qualityRate: { label: '质量达标率', numerator: '质量达标产出数', denominator: '实际产出数' },
  costSavingRate: { label: '成本节约率', numerator: '实际成本', denominator: '计划成本' },
};

/** How a third-level indicator is scored. */
export type ScoringMethod =
  | { type: 'ratio'; formula: RatioFormula }
  /** value ≥ min → percent of the weight; bands tried from the highest min; below all → 0. */
  | { type: 'bands'; unit: string; bands: { min: number; percent: number }[] }
  | { type: 'deduction'; perOccurrence: number }
  | { type: 'survey' }
  /** Evaluator's judgement within [0, weight] following the guidance. */
  | { type: 'judgement' };

export interface EvaluationIndicator {
  code: string;
  name: string;
  weight: number;
  method: ScoringMethod;
  /** Chinese scoring standard (评分标准). */
  guidance: string;
}

export interface EvaluationLevel2 {
  code: string;
  name: string;
  weight: number;
  indicators: EvaluationIndicator[];
}

export interface EvaluationLevel1 {
  code: FrameworkCode;
  weight: number;
  level2: EvaluationLevel2[];
}

/** A three-level key-evaluation indicator system (评价指标体系). */
export interface EvaluationTemplate {
  kind: EvaluationKind;
  name: string;
  dimensions: EvaluationLevel1[];
}

/** Indicator builder. */
export const ind = (
  code: string,
  name: string,
  weight: number,
  method: ScoringMethod,
  guidance: string,
): EvaluationIndicator => ({
  code,
  name,
  weight,
  method,
  guidance,
});
/** Second-level builder. */
export const l2 = (
  code: string,
  name: string,
  weight: number,
  indicators: EvaluationIndicator[],
): EvaluationLevel2 => ({
  code,
  name,
  weight,
  indicators,
});
/** First-level builder. */
export const l1 = (code: FrameworkCode, weight: number, level2: EvaluationLevel2[]): EvaluationLevel1 => ({
  code,
  weight,
  level2,
});
/** Method builders. */
export const judge: ScoringMethod = { type: 'judgement' };
export const survey: ScoringMethod = { type: 'survey' };
export const ratio = (formula: RatioFormula): ScoringMethod => ({ type: 'ratio', formula });
export const deduct = (perOccurrence: number): ScoringMethod => ({ type: 'deduction', perOccurrence });
export const bands = (unit: string, pairs: [number, number][]): ScoringMethod => ({
  type: 'bands',
  unit,
  bands: pairs.map(([min, percent]) => ({ min, percent })),
});
/** On-time completion (%) → 100 % / 80 % / 60 % of the weight. */
export const timelinessBands = bands('%', [
  [100, 100],
  [90, 80],
  [80, 60],
]);

/** All third-level indicators of a template, flattened. */
export function templateIndicators(template: EvaluationTemplate): (EvaluationIndicator & { level1: FrameworkCode })[] {
  return template.dimensions.flatMap((d) =>
    d.level2.flatMap((s) => s.indicators.map((i) => ({ ...i, level1: d.code }))),
  );
}
