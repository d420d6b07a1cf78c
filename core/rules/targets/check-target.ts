import { checkAgainstLastYear, checkCopiedIndicators } from './check-context.ts';
import { checkDuplicateNames, checkIndicatorFields } from './check-indicators.ts';
import { checkQuantitativeShare, checkRequiredLevels, checkWeights } from './check-structure.ts';
import type { TargetContext, TargetFinding, TargetInput, TargetRules } from './target-rules.ts';

/** Runs every target quality check; errors first, then warnings, each in indicator order. */
export function checkTarget(target: TargetInput, rules: TargetRules, context: TargetContext = {}): TargetFinding[] {
  const framework = target.framework ?? rules.framework;
  const findings = [
    ...checkRequiredLevels(target, rules),
    ...checkWeights(target, rules),
    ...checkQuantitativeShare(target, rules),
    ...target.indicators.flatMap((indicator, index) => checkIndicatorFields(indicator, index, rules, framework)),
    ...checkDuplicateNames(target, rules),
    ...checkAgainstLastYear(target, rules, context),
    ...checkCopiedIndicators(target, rules, context),
  ];
  const rank = (finding: TargetFinding) => (finding.severity === 'error' ? 0 : 1);
  // Array.prototype.sort is stable, so findings keep their check order inside a severity.
  return findings.sort((a, b) => rank(a) - rank(b));
}

/** Tells whether a target may be submitted: no finding of severity error. */
export function isTargetSubmittable(findings: readonly TargetFinding[]): boolean {
  return findings.every((finding) => finding.severity !== 'error');
}
