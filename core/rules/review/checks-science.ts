// 指标设置科学性: is the indicator set able to show performance at all?
import {
  allowedLevel1Of,
  describeIndicator,
  increasingOperators,
  isCostIndicator,
  isLevel2Allowed,
  isQuantitative,
  type Level1,
  level1Labels,
  level2Labels,
} from '../indicator.ts';
import { makeReviewFinding } from './finding.ts';
import type { ReviewFinding, ReviewInput } from './review-input.ts';
import type { ReviewRules } from './review-rules.ts';

/** Flags a self-evaluation without any 效益 indicator. */
export function checkNoBenefitIndicator(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  if (input.indicators.some((indicator) => indicator.level1 === 'benefit')) return [];
  const message = `共设置 ${input.indicators.length} 个指标，其中效益指标 0 个。`;
  const fix = '请补充反映项目实施效果的效益指标（经济、社会、生态效益或可持续影响）。';
  return [makeReviewFinding(rules, 'noBenefitIndicator', message, fix)];
}

/** Flags an indicator set whose quantitative share is below the configured minimum. */
export function checkMostlyQualitative(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const count = input.indicators.length;
  const quantitative = input.indicators.filter((indicator) => isQuantitative(indicator.operator)).length;
  if (count === 0 || quantitative >= rules.minQuantitativeShare * count - 1e-9) return [];
  const share = Math.round((quantitative / count) * 10000) / 100;
  const min = Math.round(rules.minQuantitativeShare * 10000) / 100;
  const message = `${count} 个指标中定量指标 ${quantitative} 个，占 ${share}%，低于 ${min}%。`;
  const fix = '请将定性指标细化为可衡量、可考核的定量指标。';
  return [makeReviewFinding(rules, 'mostlyQualitative', message, fix)];
}

/** Flags each cost indicator using ≥ or >, which rewards spending more. */
export function checkCostIncreasingOperator(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  return input.indicators.flatMap((indicator, index) => {
    if (!isCostIndicator(indicator.level1, indicator.level2)) return [];
    if (!increasingOperators.includes(indicator.operator)) return [];
    const message = `成本指标${describeIndicator(indicator)}使用“${indicator.operator}${indicator.target ?? ''}”，成本越高得分越高。`;
    const fix = '成本指标应使用“≤”或“<”，以控制成本为导向。';
    return [makeReviewFinding(rules, 'costIncreasingOperator', message, fix, index)];
  });
}

/** Flags 产出/效益 indicators that repeat a name already used in either level. */
export function checkDuplicateIndicatorName(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const scope: readonly Level1[] = ['output', 'benefit'];
  const seen = new Map<string, number>();
  return input.indicators.flatMap((indicator, index) => {
    if (!scope.includes(indicator.level1)) return [];
    const key = indicator.name.replace(/\s+/g, '');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return [];
    }
    const other = input.indicators[first];
    const message = `${level1Labels[indicator.level1]}“${indicator.name}”与${level1Labels[other.level1]}“${other.name}”（第 ${first + 1} 个指标）重复。`;
    const fix = '请删除重复指标，或改为从不同角度反映产出和效益的指标。';
    return [makeReviewFinding(rules, 'duplicateIndicatorName', message, fix, index)];
  });
}

/** Flags each indicator whose second level does not belong to its first level in the framework. */
export function checkLevel2Mismatch(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const framework = input.framework ?? rules.framework;
  return input.indicators.flatMap((indicator, index) => {
    if (isLevel2Allowed(indicator.level1, indicator.level2, framework, rules.taxonomies)) return [];
    const homes = allowedLevel1Of(indicator.level2, framework, rules.taxonomies).map((level) => level1Labels[level]);
    const message = `指标“${indicator.name}”的二级指标“${level2Labels[indicator.level2]}”不属于一级指标“${level1Labels[indicator.level1]}”。`;
    const fix = homes.length > 0 ? `请将其归入${homes.join('或')}。` : '请按现行指标框架重新选择二级指标。';
    return [makeReviewFinding(rules, 'level2Mismatch', message, fix, index)];
  });
}
