import type { KeyEvaluationRules } from './rules.ts';
import type { EvaluationTemplate, ScoringMethod } from './template-types.ts';
import { type FrameworkCode, frameworkCodes, frameworkLabels, type RuleIssue, toCents } from './types.ts';

const sum = (weights: number[]): number => weights.reduce((acc, w) => acc + toCents(w), 0);

/** Checks first-level weights: total 100 and 产出 + 效益 ≥ the configured share. */
export function validateFrameworkWeights(
  weights: Record<FrameworkCode, number>,
  rules: KeyEvaluationRules,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const total = sum(frameworkCodes.map((c) => weights[c]));
  if (total !== 10_000)
    issues.push({ code: 'FRAMEWORK_WEIGHT_SUM', message: `一级指标权重合计应为100，当前为${total / 100}` });
  const outputBenefit = toCents(weights.output) + toCents(weights.benefit);
  // Compared as a share of the actual total so a template that fails the sum still gets a meaningful check.
  if (total > 0 && outputBenefit * 100 < total * rules.minOutputBenefitPercent) {
    issues.push({
      code: 'OUTPUT_BENEFIT_SHARE',
      message: `产出和效益指标权重合计应不低于${rules.minOutputBenefitPercent}%，当前为${outputBenefit / 100}`,
    });
  }
  return issues;
}

/** Checks a scoring method's own parameters. */
function methodIssues(method: ScoringMethod, name: string, path: string): RuleIssue[] {
  if (method.type === 'deduction' && !(method.perOccurrence > 0)) {
    return [{ code: 'DEDUCTION_INVALID', message: `“${name}”的每次扣分必须大于0`, path }];
  }
  if (
    method.type === 'bands' &&
    (method.bands.length === 0 || method.bands.some((b) => b.percent < 0 || b.percent > 100))
  ) {
    return [{ code: 'BANDS_INVALID', message: `“${name}”的分档须至少一档且得分比例在0–100%之间`, path }];
  }
  return [];
}

/** Validates a three-level template: the four framework levels, sums at every level, 产出 + 效益 share, codes. */
export function validateEvaluationTemplate(template: EvaluationTemplate, rules: KeyEvaluationRules): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const codes = template.dimensions.map((d) => d.code);
  if (codes.length !== frameworkCodes.length || frameworkCodes.some((c) => !codes.includes(c))) {
    return [{ code: 'FRAMEWORK_INCOMPLETE', message: '一级指标须为决策、过程、产出、效益各一项' }];
  }
  const weights = Object.fromEntries(template.dimensions.map((d) => [d.code, d.weight])) as Record<
    FrameworkCode,
    number
  >;
  issues.push(...validateFrameworkWeights(weights, rules));
  const seen = new Set<string>();
  for (const dim of template.dimensions) {
    const label = frameworkLabels[dim.code];
    if (sum(dim.level2.map((s) => s.weight)) !== toCents(dim.weight)) {
      issues.push({
        code: 'LEVEL2_WEIGHT_SUM',
        message: `“${label}”下二级指标权重合计应为${dim.weight}`,
        path: dim.code,
      });
    }
    for (const sub of dim.level2) {
      const path = `${dim.code}.${sub.code}`;
      if (sub.indicators.length === 0)
        issues.push({ code: 'LEVEL2_EMPTY', message: `“${sub.name}”下没有三级指标`, path });
      if (sum(sub.indicators.map((i) => i.weight)) !== toCents(sub.weight)) {
        issues.push({ code: 'LEVEL3_WEIGHT_SUM', message: `“${sub.name}”下三级指标权重合计应为${sub.weight}`, path });
      }
      for (const indicator of sub.indicators) {
        const itemPath = `${path}.${indicator.code}`;
        if (seen.has(indicator.code)) {
          issues.push({ code: 'DUPLICATE_CODE', message: `指标编码“${indicator.code}”重复`, path: itemPath });
        }
        seen.add(indicator.code);
        if (!(indicator.weight > 0)) {
          issues.push({ code: 'WEIGHT_NOT_POSITIVE', message: `“${indicator.name}”的权重必须大于0`, path: itemPath });
        }
        issues.push(...methodIssues(indicator.method, indicator.name, itemPath));
      }
    }
  }
  return issues;
}
