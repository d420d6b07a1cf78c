import { isQuantitative, type QualitativeLevel } from '../indicator.ts';
import type { ReviewFinding, ReviewIndicator } from './review-input.ts';
import { type ReviewCheckCode, type ReviewRules, reviewCheckAreas } from './review-rules.ts';

/** Builds a finding with its fixed area and the severity configured in the rules. */
export function makeReviewFinding(
  rules: ReviewRules,
  code: ReviewCheckCode,
  evidence: string,
  suggestion: string,
  indicatorIndex?: number,
): ReviewFinding {
  const finding: ReviewFinding = {
    code,
    area: reviewCheckAreas[code],
    severity: rules.severities[code],
    evidence,
    suggestion,
  };
  return indicatorIndex === undefined ? finding : { ...finding, indicatorIndex };
}

// `>` counts like `≥` and `<` like `≤`, as in scoring.
/** Tells whether an indicator met its target; undefined when the row lacks the values to decide. */
export function isIndicatorAchieved(indicator: ReviewIndicator): boolean | undefined {
  const { actual, target, operator } = indicator;
  if (actual === null) return undefined;
  if (!isQuantitative(operator)) return typeof actual === 'string' ? actual === '达成' : undefined;
  if (typeof actual !== 'number' || target === null) return undefined;
  if (operator === '=') return Math.abs(actual - target) <= 1e-9 * Math.max(1, Math.abs(target));
  return operator === '≥' || operator === '>' ? actual >= target : actual <= target;
}

/** Formats a row's target and actual for evidence: 目标值 ≥100个，实际完成值 80个. */
export function describeValues(indicator: ReviewIndicator): string {
  const unit = indicator.unit ?? '';
  const actual = formatActual(indicator.actual, unit);
  if (!isQuantitative(indicator.operator)) return `实际完成情况为“${actual}”`;
  return `目标值 ${indicator.operator}${indicator.target ?? '（未填）'}${unit}，实际完成值 ${actual}`;
}

function formatActual(actual: number | QualitativeLevel | null, unit: string): string {
  if (actual === null) return '（未填）';
  return typeof actual === 'number' ? `${actual}${unit}` : actual;
}
