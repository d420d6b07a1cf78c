import type { Operator } from '../indicator.ts';
import { worstColor } from './combined.ts';
import type { MonitoringRules } from './rules.ts';
import { colorOfV, timeProgress } from './time-progress.ts';
import { fail, type Likelihood, ok, type RuleResult, round2, type WarningColor } from './types.ts';

export interface IndicatorProgress {
  operator: Operator;
  /** Full-year target value (年度指标值); ignored for 定性. */
  target: number;
  /** Completion so far (当前完成值); ignored for 定性. */
  current: number;
  month: number;
  likelihood: Likelihood;
  /** ≤ / < only: the value accumulates over the year (e.g. cost), so compare with the prorated ceiling. */
  cumulative?: boolean;
}

/** Which rule decided the numeric color. */
export type IndicatorWarningBasis = 'zero' | 'overTarget' | 'ratio' | 'qualitative';

export interface IndicatorWarning {
  /** Worst of the numeric color and the likelihood color. */
  color: WarningColor;
  numericColor: WarningColor;
  basis: IndicatorWarningBasis;
  /** v-score rounded to 2 decimals; bands compare this rounded value so the color matches what is shown. */
  v: number | null;
}

type Numeric = { color: WarningColor; basis: IndicatorWarningBasis; v: number | null };

/** ≥ > =: red at 0; blue when current/target ≥ bluePercent; else v = current / (target × month/12) × 100. */
function positiveColor(p: IndicatorProgress, rules: MonitoringRules): RuleResult<Numeric> {
  if (!(p.target > 0)) return fail('TARGET_NOT_POSITIVE', '正向指标的年度目标值必须大于0');
  if (p.current <= 0 && rules.positive.zeroIsRed) return ok({ color: 'red', basis: 'zero', v: null });
  if (round2((p.current * 100) / p.target) >= rules.positive.bluePercent) {
    return ok({ color: 'blue', basis: 'overTarget', v: null });
  }
  const v = round2((p.current * 100 * rules.monthsInYear) / (p.target * p.month));
  return ok({ color: colorOfV(v, rules.bands), basis: 'ratio', v });
}

/**
 * ≤ <, mirrored: v = ceiling / current × 100, where the ceiling is the target, prorated by month/12 for
 * cumulative indicators. v ≥ bluePercent (current far below the ceiling, incl. 0) → blue; else the same
 * bands, so up to 125 % of the ceiling stays green, up to 166.7 % yellow, beyond red. Target 0: 0 → green, else red.
 */
function negativeColor(p: IndicatorProgress, rules: MonitoringRules): RuleResult<Numeric> {
  if (p.target < 0) return fail('TARGET_NEGATIVE', '反向指标的年度目标值不能为负数');
  if (p.target === 0) return ok({ color: p.current <= 0 ? 'green' : 'red', basis: 'ratio', v: null });
  if (p.current <= 0) return ok({ color: 'blue', basis: 'overTarget', v: null });
  const prorate = p.cumulative ?? rules.negative.prorate;
  const v = round2(
    prorate ? (p.target * p.month * 100) / (p.current * rules.monthsInYear) : (p.target * 100) / p.current,
  );
  if (v >= rules.negative.bluePercent) return ok({ color: 'blue', basis: 'overTarget', v });
  return ok({ color: colorOfV(v, rules.bands), basis: 'ratio', v });
}

/** Warning of one indicator: numeric rule by operator, then the likelihood override (完全不可能 → red). */
export function indicatorWarning(p: IndicatorProgress, rules: MonitoringRules): RuleResult<IndicatorWarning> {
  const progress = timeProgress(p.month, rules);
  if (!progress.ok) return progress;
  if (p.operator !== '定性' && (!Number.isFinite(p.target) || !Number.isFinite(p.current))) {
    return fail('VALUE_INVALID', '目标值和当前完成值必须是数字');
  }
  let numeric: RuleResult<Numeric>;
  if (p.operator === '定性') numeric = ok({ color: 'green', basis: 'qualitative', v: null });
  else if (p.operator === '≤' || p.operator === '<') numeric = negativeColor(p, rules);
  else numeric = positiveColor(p, rules);
  if (!numeric.ok) return numeric;
  const forced = rules.likelihoodColors[p.likelihood];
  const color = worstColor(forced ? [numeric.value.color, forced] : [numeric.value.color], rules);
  return ok({ color, numericColor: numeric.value.color, basis: numeric.value.basis, v: numeric.value.v });
}
