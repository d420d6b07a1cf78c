import type { MonitoringRules } from './rules.ts';
import { colorOfV, timeProgress } from './time-progress.ts';
import { fail, ok, type RuleResult, round2, type WarningColor } from './types.ts';

export interface ExecutionInput {
  /** 调整后预算 (分). */
  adjustedBudget: number;
  /** 实际执行数 (分). */
  executed: number;
  /** Last month covered by the monitoring round (Q1 → 3, 1–7月 → 7). */
  month: number;
}

export interface ExecutionWarning {
  color: WarningColor;
  /** v = 执行率 / 序时进度 × 100, rounded to 2 decimals; the bands compare this rounded value. */
  v: number;
  /** 执行率 in percent, 2 decimals. */
  executionRatePercent: number;
  /** 序时进度 in percent, 2 decimals. */
  timeProgressPercent: number;
}

/**
 * Execution warning. v = executed × 100 × monthsInYear / (adjustedBudget × month): one division of
 * integers (exact for amounts below 7.5 × 10^12 分), rounded to 2 decimals before the bands apply.
 */
export function executionWarning(input: ExecutionInput, rules: MonitoringRules): RuleResult<ExecutionWarning> {
  const progress = timeProgress(input.month, rules);
  if (!progress.ok) return progress;
  if (!Number.isSafeInteger(input.adjustedBudget) || !Number.isSafeInteger(input.executed)) {
    return fail('AMOUNT_NOT_INTEGER', '预算数和执行数必须是以分为单位的整数');
  }
  if (input.adjustedBudget <= 0) return fail('BUDGET_NOT_POSITIVE', '调整后预算必须大于0，无法计算执行率');
  if (input.executed < 0) return fail('EXECUTED_NEGATIVE', '执行数不能为负数');
  const v = round2((input.executed * 100 * rules.monthsInYear) / (input.adjustedBudget * input.month));
  return ok({
    color: colorOfV(v, rules.bands),
    v,
    executionRatePercent: round2((input.executed * 100) / input.adjustedBudget),
    timeProgressPercent: round2(progress.value * 100),
  });
}
