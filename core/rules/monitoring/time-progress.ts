import type { MonitoringRules, WarningBands } from './rules.ts';
import { fail, ok, type RuleResult, type WarningColor } from './types.ts';

/** 序时进度 = month / monthsInYear, as a ratio in (0, 1]; month is the last month the round covers. */
export function timeProgress(month: number, rules: MonitoringRules): RuleResult<number> {
  if (!Number.isInteger(month) || month < 1 || month > rules.monthsInYear) {
    return fail('MONTH_INVALID', `监控月份应为1至${rules.monthsInYear}的整数`);
  }
  return ok(month / rules.monthsInYear);
}

/** Color of a v-score: red v < yellow, yellow [yellow, green), green ≥ green. */
export function colorOfV(v: number, bands: WarningBands): WarningColor {
  if (v >= bands.green) return 'green';
  if (v >= bands.yellow) return 'yellow';
  return 'red';
}
