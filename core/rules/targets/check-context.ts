import { decreasingOperators, describeIndicator, increasingOperators, parseIndicatorNumber } from '../indicator.ts';
import { makeTargetFinding, normalizeIndicatorName } from './finding.ts';
import type { TargetContext, TargetFinding, TargetInput, TargetRules } from './target-rules.ts';

/** Flags targets looser than last year's actual: ≥/> below it, ≤/< above it (target possibly set too low). */
export function checkAgainstLastYear(target: TargetInput, rules: TargetRules, context: TargetContext): TargetFinding[] {
  const actuals = new Map<string, number>();
  for (const [name, actual] of Object.entries(context.lastYearActuals ?? {})) {
    actuals.set(normalizeIndicatorName(name), actual);
  }
  const findings: TargetFinding[] = [];
  target.indicators.forEach((indicator, index) => {
    const lastYear = actuals.get(normalizeIndicatorName(indicator.name));
    const value = parseIndicatorNumber(indicator.targetValue);
    if (lastYear === undefined || value === null) return;
    const label = describeIndicator(indicator);
    const unit = indicator.unit ?? '';
    if (increasingOperators.includes(indicator.operator) && value < lastYear) {
      const message = `指标${label}的目标值 ${value}${unit} 低于上年实际完成值 ${lastYear}${unit}，目标可能设置偏低。`;
      findings.push(makeTargetFinding(rules, 'belowLastYearActual', message, index));
    } else if (decreasingOperators.includes(indicator.operator) && value > lastYear) {
      const message = `指标${label}的目标值 ${value}${unit} 高于上年实际完成值 ${lastYear}${unit}，目标可能设置偏松。`;
      findings.push(makeTargetFinding(rules, 'aboveLastYearActual', message, index));
    }
  });
  return findings;
}

/** Warns when an indicator name is identical (ignoring whitespace) to one in another unit's project. */
export function checkCopiedIndicators(
  target: TargetInput,
  rules: TargetRules,
  context: TargetContext,
): TargetFinding[] {
  const others = new Set((context.otherProjectIndicatorNames ?? []).map(normalizeIndicatorName));
  const findings: TargetFinding[] = [];
  target.indicators.forEach((indicator, index) => {
    const key = normalizeIndicatorName(indicator.name);
    if (key === '' || !others.has(key)) return;
    const message = `指标“${indicator.name}”与其他单位项目的指标完全相同，请确认是否结合本项目实际设置。`;
    findings.push(makeTargetFinding(rules, 'copiedFromOtherProject', message, index));
  });
  return findings;
}
