import type { QuantitativeOperator } from '../indicator.ts';

const EPSILON = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

// `>` scores like `≥` and `<` like `≤`, as the national form does. A negative target (rejected at
// declaration anyway) only scores full when met: a ratio to it means nothing.
/** Returns the unrounded rule score of a quantitative row per DOMAIN §7. */
export function quantitativeRuleScore(
  operator: QuantitativeOperator,
  target: number,
  actual: number,
  weight: number,
): number {
  switch (operator) {
    case '≥':
    case '>':
      return scoreAtLeast(target, actual, weight);
    case '=':
      if (nearlyEqual(actual, target)) return weight;
      if (target === 0) return actual <= 0 ? weight : 0;
      return scoreAtLeast(target, actual, weight);
    case '≤':
    case '<':
      return scoreAtMost(target, actual, weight);
  }
}

function scoreAtLeast(target: number, actual: number, weight: number): number {
  if (actual >= target || nearlyEqual(actual, target)) return weight;
  if (target <= 0) return 0;
  return (Math.max(actual, 0) * weight) / target;
}

function scoreAtMost(target: number, actual: number, weight: number): number {
  if (actual <= target || nearlyEqual(actual, target)) return weight;
  // Linear from w at t down to 0 at 2t; with t ≤ 0 there is no such range.
  if (target <= 0 || actual >= 2 * target) return 0;
  return ((2 * target - actual) * weight) / target;
}

/** Tells whether actual exceeds `percent` % of a positive target (≥, >, = rows only). */
export function isOverAchieved(operator: QuantitativeOperator, target: number, actual: number, percent: number) {
  if (operator === '≤' || operator === '<' || target <= 0) return false;
  const excess = actual * 100 - percent * target;
  return excess > EPSILON * Math.max(1, percent * target);
}
