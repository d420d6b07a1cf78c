import { isQuantitative, type Level1, level1Labels } from '../indicator.ts';
import { formatHundredths, makeTargetFinding, toHundredths } from './finding.ts';
import type { TargetFinding, TargetInput, TargetRules } from './target-rules.ts';

/** Checks every weight is positive, each level group adds up to its total and all add up to the grand total. */
export function checkWeights(target: TargetInput, rules: TargetRules): TargetFinding[] {
  const findings: TargetFinding[] = [];
  target.indicators.forEach((indicator, index) => {
    if (!(indicator.weight > 0)) {
      const message = `指标“${indicator.name}”的分值为 ${indicator.weight}，分值必须大于 0。`;
      findings.push(makeTargetFinding(rules, 'weightNotPositive', message, index));
    }
  });
  let groupMismatch = false;
  for (const group of rules.levelWeightGroups) {
    const members = target.indicators.filter((indicator) => group.levels.includes(indicator.level1));
    if (members.length === 0) continue;
    const sum = members.reduce((acc, indicator) => acc + toHundredths(indicator.weight), 0);
    if (sum !== toHundredths(group.total)) {
      groupMismatch = true;
      const labels = group.levels.map((level) => level1Labels[level]).join('与');
      const message = `${labels}的分值合计为 ${formatHundredths(sum)}，应为 ${group.total}，请调整各指标分值。`;
      findings.push(makeTargetFinding(rules, 'levelWeightMismatch', message));
    }
  }
  const total = target.indicators.reduce((acc, indicator) => acc + toHundredths(indicator.weight), 0);
  // A group mismatch already explains a wrong grand total; report the total alone (e.g. a missing level).
  if (!groupMismatch && total !== toHundredths(rules.indicatorWeightTotal)) {
    const message = `全部指标分值合计为 ${formatHundredths(total)}，应为 ${rules.indicatorWeightTotal}（另有预算执行率分值），请补齐缺少的指标层级或调整分值。`;
    findings.push(makeTargetFinding(rules, 'weightTotalMismatch', message));
  }
  return findings;
}

/** Checks the required first levels (default 产出 and 效益) each have at least one indicator. */
export function checkRequiredLevels(target: TargetInput, rules: TargetRules): TargetFinding[] {
  const present = new Set<Level1>(target.indicators.map((indicator) => indicator.level1));
  return rules.requiredLevels
    .filter((level) => !present.has(level))
    .map((level) =>
      makeTargetFinding(
        rules,
        'missingRequiredLevel',
        `缺少${level1Labels[level]}，至少应设置一个${level1Labels[level]}。`,
      ),
    );
}

/** Checks the share of quantitative indicators reaches the configured minimum. */
export function checkQuantitativeShare(target: TargetInput, rules: TargetRules): TargetFinding[] {
  const count = target.indicators.length;
  if (count === 0) return [];
  const quantitative = target.indicators.filter((indicator) => isQuantitative(indicator.operator)).length;
  // Compare quantitative / count < min without float division artefacts (0.6 × 5 is 3, exactly).
  if (quantitative >= rules.minQuantitativeShare * count - 1e-9) return [];
  const share = Math.round((quantitative / count) * 10000) / 100;
  const min = Math.round(rules.minQuantitativeShare * 10000) / 100;
  const message = `定量指标 ${quantitative} 个，占全部 ${count} 个指标的 ${share}%，低于 ${min}% 的要求，请将定性指标尽量细化为可衡量的定量指标。`;
  return [makeTargetFinding(rules, 'quantitativeShareLow', message)];
}
