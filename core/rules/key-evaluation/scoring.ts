import { type RatioFormula, ratioFormulas, type ScoringMethod } from './template-types.ts';
import { fail, ok, type RuleResult, round2 } from './types.ts';

export interface RatioScore {
  /** Rate in percent, 2 decimals (成本节约率 may be negative on overrun). */
  ratePercent: number;
  score: number;
}

/**
 * Formula ratio scored proportionally: score = weight × min(rate, 100 %), never below 0. 成本节约率 =
 * (计划 − 实际) / 计划 gives the full weight when not over plan; an overrun of x % costs x % of the weight.
 */
export function scoreRatio(
  formula: RatioFormula,
  numerator: number,
  denominator: number,
  weight: number,
): RuleResult<RatioScore> {
  const f = ratioFormulas[formula];
  if (!Number.isFinite(numerator) || numerator < 0) return fail('RATIO_INPUT_INVALID', `${f.numerator}必须为非负数`);
  if (!Number.isFinite(denominator) || denominator <= 0)
    return fail('RATIO_DENOMINATOR_ZERO', `${f.denominator}必须大于0，无法计算${f.label}`);
  const rate = formula === 'costSavingRate' ? (denominator - numerator) / denominator : numerator / denominator;
  const fraction =
    formula === 'costSavingRate' ? (rate >= 0 ? 1 : Math.max(0, 1 + rate)) : Math.min(Math.max(rate, 0), 1);
  return ok({ ratePercent: round2(rate * 100), score: round2(fraction * weight) });
}

/** Graded bands: the first band (highest min first) the value reaches gives that percent of the weight; else 0. */
export function scoreBands(
  value: number,
  bands: { min: number; percent: number }[],
  weight: number,
): RuleResult<number> {
  if (!Number.isFinite(value)) return fail('BANDS_VALUE_INVALID', '分档计分的取值必须是数字');
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => value >= b.min);
  return ok(round2(((band?.percent ?? 0) * weight) / 100));
}

/** Deduction per occurrence: weight − occurrences × perOccurrence, floored at 0. */
export function scoreDeduction(occurrences: number, perOccurrence: number, weight: number): RuleResult<number> {
  if (!Number.isInteger(occurrences) || occurrences < 0) return fail('OCCURRENCES_INVALID', '问题次数必须为非负整数');
  return ok(round2(Math.max(0, weight - occurrences * perOccurrence)));
}

/** Questionnaire satisfaction: average satisfaction (%) × weight. */
export function scoreSurvey(averagePercent: number, weight: number): RuleResult<number> {
  if (!Number.isFinite(averagePercent) || averagePercent < 0 || averagePercent > 100) {
    return fail('SATISFACTION_INVALID', '平均满意度应在0%至100%之间');
  }
  return ok(round2((averagePercent * weight) / 100));
}

/** Average of individual questionnaire results (each 0–100 %); refuses an empty survey. */
export function averageSatisfaction(responses: number[]): RuleResult<number> {
  if (responses.length === 0) return fail('SURVEY_EMPTY', '没有有效问卷，无法计算满意度');
  if (responses.some((r) => !Number.isFinite(r) || r < 0 || r > 100))
    return fail('SATISFACTION_INVALID', '单份问卷满意度应在0%至100%之间');
  return ok(responses.reduce((acc, r) => acc + r, 0) / responses.length);
}

/** Evaluator judgement: accepted when within [0, weight]. */
export function scoreJudgement(score: number, weight: number): RuleResult<number> {
  if (!Number.isFinite(score) || score < 0 || score > weight)
    return fail('SCORE_OUT_OF_RANGE', `得分应在0至${weight}之间`);
  return ok(round2(score));
}

/** The input an evaluator provides for one indicator, matching its method. */
export type IndicatorInput =
  | { type: 'ratio'; numerator: number; denominator: number }
  | { type: 'bands'; value: number }
  | { type: 'deduction'; occurrences: number }
  | { type: 'survey'; averagePercent: number }
  | { type: 'judgement'; score: number };

/** Scores one indicator by its method; the input type must match the method. */
export function scoreByMethod(method: ScoringMethod, input: IndicatorInput, weight: number): RuleResult<number> {
  if (method.type === 'ratio' && input.type === 'ratio') {
    const r = scoreRatio(method.formula, input.numerator, input.denominator, weight);
    return r.ok ? ok(r.value.score) : r;
  }
  if (method.type === 'bands' && input.type === 'bands') return scoreBands(input.value, method.bands, weight);
  if (method.type === 'deduction' && input.type === 'deduction') {
    return scoreDeduction(input.occurrences, method.perOccurrence, weight);
  }
  if (method.type === 'survey' && input.type === 'survey') return scoreSurvey(input.averagePercent, weight);
  if (method.type === 'judgement' && input.type === 'judgement') return scoreJudgement(input.score, weight);
  return fail('METHOD_MISMATCH', '录入数据与该指标的计分方法不一致');
}
