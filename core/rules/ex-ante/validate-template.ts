import type { ScoringTemplate } from './template-types.ts';
import type { RuleIssue } from './types.ts';

/** Template totals must reach this many points. */
export const TEMPLATE_TOTAL = 100;

// Weights may carry two decimals (e.g. 2.5); sums are compared in hundredths to avoid float drift.
const cents = (n: number): number => Math.round(n * 100);
const sumCents = (weights: number[]): number => weights.reduce((acc, w) => acc + cents(w), 0);

/** Validates a scoring template: positive weights, dimensions sum to 100, points sum to their dimension. */
export function validateTemplate(template: ScoringTemplate): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (template.dimensions.length === 0) {
    return [{ code: 'TEMPLATE_EMPTY', message: '评分表至少需要一个一级维度' }];
  }
  const total = sumCents(template.dimensions.map((d) => d.weight));
  if (total !== cents(TEMPLATE_TOTAL)) {
    issues.push({
      code: 'TEMPLATE_WEIGHT_SUM',
      message: `一级维度权重合计应为${TEMPLATE_TOTAL}，当前为${total / 100}`,
    });
  }
  const seen = new Set<string>();
  for (const dim of template.dimensions) {
    const path = `dimensions.${dim.code}`;
    if (seen.has(dim.code)) issues.push({ code: 'DUPLICATE_CODE', message: `编码“${dim.code}”重复`, path });
    seen.add(dim.code);
    if (!(dim.weight > 0)) issues.push({ code: 'WEIGHT_NOT_POSITIVE', message: `“${dim.name}”的权重必须大于0`, path });
    if (dim.points.length === 0) {
      issues.push({ code: 'DIMENSION_EMPTY', message: `“${dim.name}”至少需要一个评分要点`, path });
      continue;
    }
    const pointSum = sumCents(dim.points.map((p) => p.weight));
    if (pointSum !== cents(dim.weight)) {
      issues.push({
        code: 'DIMENSION_WEIGHT_SUM',
        message: `“${dim.name}”下评分要点权重合计应为${dim.weight}，当前为${pointSum / 100}`,
        path,
      });
    }
    for (const p of dim.points) {
      const pointPath = `${path}.points.${p.code}`;
      if (seen.has(p.code)) issues.push({ code: 'DUPLICATE_CODE', message: `编码“${p.code}”重复`, path: pointPath });
      seen.add(p.code);
      if (!(p.weight > 0)) {
        issues.push({ code: 'WEIGHT_NOT_POSITIVE', message: `“${p.name}”的权重必须大于0`, path: pointPath });
      }
    }
  }
  return issues;
}
