// Test fixtures shared by the target check tests (not used by production code).
import type { TargetIndicator, TargetInput } from './target-rules.ts';

/** Builds a valid quantitative output indicator, overridable field by field. */
export function buildIndicator(overrides: Partial<TargetIndicator> = {}): TargetIndicator {
  return {
    level1: 'output',
    level2: 'quantity',
    name: '改造老旧小区数量',
    operator: '≥',
    targetValue: '12',
    unit: '个',
    weight: 20,
    ...overrides,
  };
}

/** Builds a target that passes every check with the default rules (weights 50/30/10). */
export function buildValidTarget(): TargetInput {
  return {
    indicators: [
      buildIndicator(),
      buildIndicator({ level2: 'quality', name: '工程验收合格率', targetValue: '100', unit: '%', weight: 15 }),
      buildIndicator({ level2: 'timeliness', name: '按期完工率', targetValue: '95', unit: '%', weight: 10 }),
      buildIndicator({
        level2: 'cost',
        name: '每户改造成本',
        operator: '≤',
        targetValue: '3',
        unit: '万元',
        weight: 5,
      }),
      buildIndicator({
        level1: 'benefit',
        level2: 'socialBenefit',
        name: '受益居民户数',
        targetValue: '3000',
        unit: '户',
        weight: 30,
      }),
      buildIndicator({
        level1: 'satisfaction',
        level2: 'serviceSatisfaction',
        name: '居民满意度',
        targetValue: '90',
        unit: '%',
        weight: 10,
      }),
    ],
  };
}

/** Replaces one indicator of the valid target. */
export function withIndicator(index: number, overrides: Partial<TargetIndicator>): TargetInput {
  const target = buildValidTarget();
  return {
    ...target,
    indicators: target.indicators.map((indicator, i) => (i === index ? { ...indicator, ...overrides } : indicator)),
  };
}
