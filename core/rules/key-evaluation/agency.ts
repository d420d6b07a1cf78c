import { formatYuan } from '../../money.ts';
import { firstBand } from './grade.ts';
import type { CreditEffect, KeyEvaluationRules, QualityItem } from './rules.ts';
import { fail, mulDivRound, ok, type RuleIssue, type RuleResult, round2, toCents } from './types.ts';

/** Validates an (edited) agency quality sheet: items present, unique codes, positive weights summing to 100. */
export function validateQualitySheet(sheet: QualityItem[]): RuleIssue[] {
  if (sheet.length === 0) return [{ code: 'SHEET_EMPTY', message: '评分表至少需要一个评分项' }];
  const issues: RuleIssue[] = [];
  const codes = new Set<string>();
  for (const item of sheet) {
    if (codes.has(item.code))
      issues.push({ code: 'DUPLICATE_CODE', message: `评分项编码“${item.code}”重复`, path: item.code });
    codes.add(item.code);
    if (!(item.weight > 0))
      issues.push({ code: 'WEIGHT_NOT_POSITIVE', message: `“${item.name}”的分值必须大于0`, path: item.code });
  }
  const total = sheet.reduce((acc, item) => acc + toCents(item.weight), 0);
  if (total !== 10_000)
    issues.push({ code: 'SHEET_WEIGHT_SUM', message: `评分项分值合计应为100，当前为${total / 100}` });
  return issues;
}

/** Totals an agency's quality scores; every item must be scored within [0, weight]. */
export function scoreAgencyQuality(sheet: QualityItem[], scores: Record<string, number>): RuleResult<number> {
  let total = 0;
  for (const item of sheet) {
    const s = scores[item.code];
    if (s === undefined) return fail('SCORE_MISSING', `“${item.name}”尚未评分`);
    if (!Number.isFinite(s) || s < 0 || s > item.weight)
      return fail('SCORE_OUT_OF_RANGE', `“${item.name}”得分应在0至${item.weight}之间`);
    total += s;
  }
  return ok(round2(total));
}

export interface PaymentTerms {
  paymentPercent: number;
  credit: CreditEffect;
  /** The agency is suspended from new engagements (暂停). */
  suspended: boolean;
}

/** Quality score → share of the fee to pay and credit effect (≥ 90 → 100 %, … < 60 → 70 % and suspension). */
export function paymentTermsForScore(score: number, rules: KeyEvaluationRules): PaymentTerms {
  const band = firstBand(score, rules.agency.paymentBands);
  const paymentPercent = band ? band.paymentPercent : 100;
  const credit = band ? band.credit : 'none';
  return { paymentPercent, credit, suspended: credit === 'suspend' };
}

/**
 * Payable fee in 分 = fee × paymentPercent / 100. The percent is taken in basis points (2 decimals), the
 * product is exact (BigInt) and rounded once, half up, to the 分.
 */
export function payableFee(fee: number, paymentPercent: number): RuleResult<number> {
  if (!Number.isSafeInteger(fee) || fee < 0) return fail('AMOUNT_NOT_INTEGER', '合同金额必须是以分为单位的非负整数');
  if (!(paymentPercent >= 0 && paymentPercent <= 100))
    return fail('PAYMENT_PERCENT_INVALID', '支付比例应在0%至100%之间');
  return ok(mulDivRound(fee, Math.round(paymentPercent * 100), 10_000));
}

export interface PaymentInput {
  /** 合同金额 (分). */
  fee: number;
  /** Payable after quality scoring (分); null before scoring, when only the fee caps payments. */
  payable: number | null;
  /** Already paid (分). */
  paidSoFar: number;
  /** This payment (分). */
  amount: number;
}

/** A payment must be positive and keep the total paid within the payable amount (or the fee before scoring). */
export function validatePayment(input: PaymentInput): RuleResult<{ remaining: number }> {
  const { fee, payable, paidSoFar, amount } = input;
  if (![fee, paidSoFar, amount, payable ?? 0].every(Number.isSafeInteger)) {
    return fail('AMOUNT_NOT_INTEGER', '金额必须是以分为单位的整数');
  }
  if (amount <= 0) return fail('PAYMENT_NOT_POSITIVE', '支付金额必须大于0');
  const cap = payable ?? fee;
  if (paidSoFar + amount > cap) {
    const label = payable === null ? '合同金额' : '按评分应付金额';
    return fail(
      'PAYMENT_EXCEEDS_PAYABLE',
      `累计支付${formatYuan(paidSoFar + amount)}元超过${label}${formatYuan(cap)}元`,
    );
  }
  return ok({ remaining: cap - paidSoFar - amount });
}
