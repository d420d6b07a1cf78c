import type { Operator } from '../../../core/rules/indicator';
import {
  executionWarning,
  indicatorWarning,
  type Likelihood,
  type MonitoringRules,
  projectWarning,
  type WarningColor,
  worstColor,
} from '../../../core/rules/monitoring/index';

export interface IndicatorCalcInput {
  operator: string;
  targetNumber: number | null;
  currentValue: number | null;
  likelihood: string;
}

export interface IndicatorCalc {
  color: WarningColor | null;
  v: number | null;
}

/** Color of one indicator row; null when it cannot be judged yet (no value or an unusable target). */
export function calcIndicator(row: IndicatorCalcInput, month: number, rules: MonitoringRules): IndicatorCalc {
  const operator = row.operator as Operator;
  const qualitative = operator === '定性';
  if (!qualitative && (row.currentValue === null || row.targetNumber === null)) return { color: null, v: null };
  const result = indicatorWarning(
    {
      operator,
      target: row.targetNumber ?? 0,
      current: row.currentValue ?? 0,
      month,
      likelihood: row.likelihood as Likelihood,
    },
    rules,
  );
  return result.ok ? { color: result.value.color, v: result.value.v } : { color: null, v: null };
}

export interface EntryCalc {
  executionColor: WarningColor | null;
  executionV: number | null;
  indicatorColor: WarningColor | null;
  warningColor: WarningColor | null;
}

/** Stored warning levels of an entry: execution by the rule, indicators' worst, and the project level. */
export function calcEntry(
  entry: { adjustedBudget: number; paid: number | null },
  indicatorColors: (WarningColor | null)[],
  month: number,
  rules: MonitoringRules,
): EntryCalc {
  let executionColor: WarningColor | null = null;
  let executionV: number | null = null;
  if (entry.paid !== null) {
    const exec = executionWarning({ adjustedBudget: entry.adjustedBudget, executed: entry.paid, month }, rules);
    if (exec.ok) {
      executionColor = exec.value.color;
      executionV = exec.value.v;
    }
  }
  const judged = indicatorColors.filter((c): c is WarningColor => c !== null);
  const indicatorColor = judged.length ? worstColor(judged, rules) : null;
  const warningColor =
    executionColor === null && judged.length === 0
      ? null
      : projectWarning({ execution: executionColor, indicators: judged }, rules);
  return { executionColor, executionV, indicatorColor, warningColor };
}
