import { formatYuan } from '../../money.ts';
import type { ExAnteRules } from './rules.ts';
import { fail, mulDivRound, ok, type RuleIssue, type RuleResult } from './types.ts';

export type CostBasis = 'quota' | 'market' | 'history' | 'other';

export interface CostLine {
  name: string;
  quantity: number;
  /** 单价 (分). */
  unitPrice: number;
  /** Amount declared by the unit (分); checked against quantity × unit price when present. */
  amount?: number;
  basis: CostBasis;
  /** 标准单价 (分) from the quota / market benchmark, when known. */
  benchmarkUnitPrice?: number;
}

/** Scales a quantity to an integer at `decimals` precision, refusing finer quantities. */
export function scaleQuantity(quantity: number, decimals: number): RuleResult<{ scaled: number; scale: number }> {
  const scale = 10 ** decimals;
  const scaled = Math.round(quantity * scale);
  if (!Number.isFinite(quantity) || quantity < 0) return fail('QUANTITY_INVALID', '数量必须为非负数');
  if (Math.abs(quantity * scale - scaled) > 1e-6) return fail('QUANTITY_PRECISION', `数量最多保留${decimals}位小数`);
  return ok({ scaled, scale });
}

/**
 * Line amount = quantity × unit price in 分. The quantity is taken exactly at `rules.cost.quantityDecimals`
 * decimals, the product is exact (BigInt) and rounded once, half up, to the 分.
 */
export function lineAmount(quantity: number, unitPrice: number, rules: ExAnteRules): RuleResult<number> {
  if (!Number.isSafeInteger(unitPrice) || unitPrice < 0)
    return fail('UNIT_PRICE_INVALID', '单价必须是以分为单位的非负整数');
  const q = scaleQuantity(quantity, rules.cost.quantityDecimals);
  if (!q.ok) return q;
  return ok(mulDivRound(q.value.scaled, unitPrice, q.value.scale));
}

/** True when `value` exceeds `benchmark` by more than `tolerancePercent` (exact, basis points). */
export function exceedsBy(value: bigint, benchmark: bigint, tolerancePercent: number): boolean {
  const bp = BigInt(Math.round(tolerancePercent * 100));
  return value * 10000n > benchmark * (10000n + bp);
}

/** Checks one cost line: computable amount, declared amount matches, unit price within the benchmark tolerance. */
export function checkCostLine(line: CostLine, rules: ExAnteRules): RuleIssue[] {
  const computed = lineAmount(line.quantity, line.unitPrice, rules);
  if (!computed.ok) return [{ code: computed.code, message: `“${line.name}”：${computed.message}` }];
  const issues: RuleIssue[] = [];
  if (line.amount !== undefined && !Number.isSafeInteger(line.amount)) {
    issues.push({ code: 'AMOUNT_NOT_INTEGER', message: `“${line.name}”金额必须是以分为单位的整数` });
  } else if (line.amount !== undefined && line.amount !== computed.value) {
    issues.push({
      code: 'LINE_AMOUNT_MISMATCH',
      message: `“${line.name}”金额${formatYuan(line.amount)}元与数量×单价${formatYuan(computed.value)}元不符`,
    });
  }
  const bench = line.benchmarkUnitPrice;
  if (bench !== undefined && exceedsBy(BigInt(line.unitPrice), BigInt(bench), rules.cost.unitPriceTolerancePercent)) {
    issues.push({
      code: 'UNIT_PRICE_ABOVE_BENCHMARK',
      message: `“${line.name}”单价${formatYuan(line.unitPrice)}元高于标准单价${formatYuan(bench)}元超过${rules.cost.unitPriceTolerancePercent}%`,
    });
  }
  return issues;
}

/** Checks all lines and totals the computed amounts (分); lines that cannot be computed add nothing. */
export function checkCostLines(lines: CostLine[], rules: ExAnteRules): { total: number; issues: RuleIssue[] } {
  let total = 0;
  const issues: RuleIssue[] = [];
  lines.forEach((line, i) => {
    const amount = lineAmount(line.quantity, line.unitPrice, rules);
    if (amount.ok) total += amount.value;
    for (const issue of checkCostLine(line, rules)) issues.push({ ...issue, path: `lines.${i}` });
  });
  return { total, issues };
}
