import { exceedsBy, scaleQuantity } from './cost-lines.ts';
import type { ExAnteRules } from './rules.ts';
import { fail, mulDivRound, ok, type RuleIssue, type RuleResult } from './types.ts';

export interface UnitCostInput {
  /** Total cost of the main output (分). */
  totalCost: number;
  /** Quantity of the main output (e.g. 公里, 人次). */
  outputQuantity: number;
  /** 行业/定额标准单位成本 (分). */
  benchmarkUnitCost?: number;
  /** 历史单位成本 (分), e.g. last comparable project. */
  historyUnitCost?: number;
}

export interface UnitCostCheck {
  /** Unit cost in 分, rounded half up (display); comparisons use the exact quotient. */
  unitCost: number;
  issues: RuleIssue[];
}

/** Unit cost of the main output compared with the benchmark and history (flag above the tolerance). */
export function checkUnitCost(input: UnitCostInput, rules: ExAnteRules): RuleResult<UnitCostCheck> {
  if (!Number.isSafeInteger(input.totalCost) || input.totalCost < 0) {
    return fail('AMOUNT_NOT_INTEGER', '总成本必须是以分为单位的非负整数');
  }
  const q = scaleQuantity(input.outputQuantity, rules.cost.quantityDecimals);
  if (!q.ok) return q;
  if (q.value.scaled === 0) return fail('OUTPUT_QUANTITY_ZERO', '主要产出数量必须大于0');
  const { scaled, scale } = q.value;
  const tolerance = rules.cost.unitCostTolerancePercent;
  // totalCost / quantity > ref × (1 + tol)  ⇔  totalCost × scale > ref × scaled × (1 + tol)
  const exact = BigInt(input.totalCost) * BigInt(scale);
  const issues: RuleIssue[] = [];
  const refs = [
    { ref: input.benchmarkUnitCost, code: 'UNIT_COST_ABOVE_BENCHMARK', label: '标准单位成本' },
    { ref: input.historyUnitCost, code: 'UNIT_COST_ABOVE_HISTORY', label: '历史单位成本' },
  ];
  for (const { ref, code, label } of refs) {
    if (ref !== undefined && exceedsBy(exact, BigInt(ref) * BigInt(scaled), tolerance)) {
      issues.push({ code, message: `主要产出单位成本高于${label}超过${tolerance}%` });
    }
  }
  return ok({ unitCost: mulDivRound(input.totalCost, scale, scaled), issues });
}
