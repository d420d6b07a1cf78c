import { gradeFromScore } from './grade.ts';
import type { KeyEvaluationRules } from './rules.ts';
import { type IndicatorInput, scoreByMethod } from './scoring.ts';
import type { EvaluationTemplate } from './template-types.ts';
import { type FrameworkCode, fail, type Grade, ok, type RuleResult, round2 } from './types.ts';

export interface EvaluationScore {
  /** Sum of the indicator scores (each already at 2 decimals), rounded to 2 decimals. */
  total: number;
  grade: Grade;
  byLevel1: Record<FrameworkCode, number>;
  byIndicator: Record<string, number>;
}

/** Scores every indicator of a template from the evaluator's inputs, totals them and grades the total. */
export function scoreEvaluation(
  template: EvaluationTemplate,
  inputs: Record<string, IndicatorInput>,
  rules: KeyEvaluationRules,
): RuleResult<EvaluationScore> {
  const byIndicator: Record<string, number> = {};
  const byLevel1: Record<FrameworkCode, number> = { decision: 0, process: 0, output: 0, benefit: 0 };
  for (const dim of template.dimensions) {
    for (const indicator of dim.level2.flatMap((s) => s.indicators)) {
      const input = inputs[indicator.code];
      if (!input) return fail('INDICATOR_INPUT_MISSING', `“${indicator.name}”尚未录入评价数据`);
      const scored = scoreByMethod(indicator.method, input, indicator.weight);
      if (!scored.ok) return fail(scored.code, `“${indicator.name}”：${scored.message}`);
      byIndicator[indicator.code] = scored.value;
      byLevel1[dim.code] = round2(byLevel1[dim.code] + scored.value);
    }
  }
  const total = round2(Object.values(byIndicator).reduce((acc, s) => acc + s, 0));
  return ok({ total, grade: gradeFromScore(total, rules), byLevel1, byIndicator });
}
