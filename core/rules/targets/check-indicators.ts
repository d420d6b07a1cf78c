import {
  allowedLevel1Of,
  describeIndicator,
  increasingOperators,
  isCostIndicator,
  isLevel2Allowed,
  isQuantitative,
  level1Labels,
  level2Labels,
  parseIndicatorNumber,
} from '../indicator.ts';
import { makeTargetFinding, normalizeIndicatorName } from './finding.ts';
import type { TargetFinding, TargetIndicator, TargetInput, TargetRules } from './target-rules.ts';

/** Checks name presence and length, the level2/level1 pairing, unit, cost operator and target value of one indicator. */
export function checkIndicatorFields(
  indicator: TargetIndicator,
  index: number,
  rules: TargetRules,
  framework = rules.framework,
): TargetFinding[] {
  const findings: TargetFinding[] = [];
  const add = (code: Parameters<typeof makeTargetFinding>[1], message: string) =>
    findings.push(makeTargetFinding(rules, code, message, index));
  const label = describeIndicator(indicator);
  const name = indicator.name.trim();
  if (name === '') add('nameMissing', `第 ${index + 1} 个指标未填写名称。`);
  if ([...name].length > rules.maxNameLength) {
    add('nameTooLong', `指标${label}名称长 ${[...name].length} 字，超过 ${rules.maxNameLength} 字上限，请精简。`);
  }
  if (!isLevel2Allowed(indicator.level1, indicator.level2, framework, rules.taxonomies)) {
    const allowed = allowedLevel1Of(indicator.level2, framework, rules.taxonomies).map((l) => level1Labels[l]);
    const hint = allowed.length > 0 ? `应归入${allowed.join('或')}` : '当前指标框架不使用该二级指标';
    add(
      'level2Mismatch',
      `指标${label}的二级指标“${level2Labels[indicator.level2]}”不属于${level1Labels[indicator.level1]}，${hint}。`,
    );
  }
  if (isCostIndicator(indicator.level1, indicator.level2) && increasingOperators.includes(indicator.operator)) {
    add('costIncreasingOperator', `成本指标${label}使用了“${indicator.operator}”，会鼓励多花钱，应改为“≤”或“<”。`);
  }
  if (isQuantitative(indicator.operator) && (indicator.unit ?? '').trim() === '') {
    add('unitMissing', `定量指标${label}未填写计量单位。`);
  }
  const value = indicator.targetValue;
  const placeholder = rules.forbiddenValueChars.filter((char) => value.includes(char));
  if (placeholder.length > 0) {
    add('valuePlaceholder', `指标${label}的指标值“${value}”含有“${placeholder.join('')}”，请填写实际的目标值。`);
  } else if (isQuantitative(indicator.operator) && parseIndicatorNumber(value) === null) {
    add('valueNotNumeric', `定量指标${label}的指标值“${value}”不是数字，请只填数字，单位填在计量单位中。`);
  }
  return findings;
}

/** Checks indicator names are unique within the target (reported on each later duplicate). */
export function checkDuplicateNames(target: TargetInput, rules: TargetRules): TargetFinding[] {
  const firstIndexByName = new Map<string, number>();
  const findings: TargetFinding[] = [];
  target.indicators.forEach((indicator, index) => {
    const key = normalizeIndicatorName(indicator.name);
    if (key === '') return;
    const first = firstIndexByName.get(key);
    if (first === undefined) {
      firstIndexByName.set(key, index);
      return;
    }
    const message = `指标“${indicator.name}”与第 ${first + 1} 个指标重名，同一绩效目标内指标名称不能重复。`;
    findings.push(makeTargetFinding(rules, 'duplicateName', message, index));
  });
  return findings;
}
