import type { TargetCheckCode, TargetFinding, TargetRules } from './target-rules.ts';

/** Builds a finding with the severity configured for its code. */
export function makeTargetFinding(
  rules: TargetRules,
  code: TargetCheckCode,
  message: string,
  indicatorIndex?: number,
): TargetFinding {
  const finding: TargetFinding = { code, severity: rules.severities[code], message };
  return indicatorIndex === undefined ? finding : { ...finding, indicatorIndex };
}

/** Normalises an indicator name for comparisons: whitespace removed, full-width spaces included. */
export function normalizeIndicatorName(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Converts a weight to integer hundredths so sums compare exactly. */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** Formats integer hundredths back to a short decimal string for messages ("8.33", "50"). */
export function formatHundredths(hundredths: number): string {
  return String(hundredths / 100);
}
