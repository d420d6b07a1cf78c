import {
  checkAnalysisNearDuplicate,
  checkAnalysisTooShort,
  checkMissingDeviationReason,
  checkNoEvidence,
  checkSatisfactionWithoutSurvey,
} from './checks-evidence.ts';
import {
  checkClaimedAboveRule,
  checkExcellentWithLowExecution,
  checkFullScoreBelowTarget,
  checkUnitAllFullScore,
} from './checks-execution.ts';
import { checkIndicatorUnrelatedToField, checkTargetLooserThanLastYear } from './checks-relevance.ts';
import {
  checkCostIncreasingOperator,
  checkDuplicateIndicatorName,
  checkLevel2Mismatch,
  checkMostlyQualitative,
  checkNoBenefitIndicator,
} from './checks-science.ts';
import type { ReviewFinding, ReviewInput } from './review-input.ts';
import { type ReviewCheckCode, type ReviewRules, reviewSeverities } from './review-rules.ts';

export type ReviewCheck = (input: ReviewInput, rules: ReviewRules) => ReviewFinding[];

/** Every automated check by rule code, in the order of the three areas. */
export const reviewChecks: Readonly<Record<ReviewCheckCode, ReviewCheck>> = {
  excellentWithLowExecution: checkExcellentWithLowExecution,
  claimedAboveRule: checkClaimedAboveRule,
  fullScoreBelowTarget: checkFullScoreBelowTarget,
  // Unit-level: runs only when the caller passes the unit's list (once per unit, see README).
  unitAllFullScore: (input, rules) => (input.unitProjects ? checkUnitAllFullScore(input.unitProjects, rules) : []),
  indicatorUnrelatedToField: checkIndicatorUnrelatedToField,
  noBenefitIndicator: checkNoBenefitIndicator,
  mostlyQualitative: checkMostlyQualitative,
  costIncreasingOperator: checkCostIncreasingOperator,
  duplicateIndicatorName: checkDuplicateIndicatorName,
  level2Mismatch: checkLevel2Mismatch,
  targetLooserThanLastYear: checkTargetLooserThanLastYear,
  noEvidence: checkNoEvidence,
  satisfactionWithoutSurvey: checkSatisfactionWithoutSurvey,
  missingDeviationReason: checkMissingDeviationReason,
  analysisTooShort: checkAnalysisTooShort,
  analysisNearDuplicate: checkAnalysisNearDuplicate,
};

/** Runs every review check and returns the findings sorted by severity (P0 first), then check order. */
export function runReviewChecks(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const findings = Object.values(reviewChecks).flatMap((check) => check(input, rules));
  const rank = (finding: ReviewFinding) => reviewSeverities.indexOf(finding.severity);
  // Array.prototype.sort is stable: within a severity, findings keep area and indicator order.
  return findings.sort((a, b) => rank(a) - rank(b));
}
