import { fail, ok, type RuleResult } from './types.ts';

export interface CutInput {
  /** 申请金额 (分). */
  requested: number;
  /** 建议安排金额 (分). */
  recommended: number;
}

/** Checks that an amount is a non-negative integer number of 分. */
export function checkFen(amount: number, label: string): RuleResult<number> {
  if (!Number.isSafeInteger(amount)) return fail('AMOUNT_NOT_INTEGER', `${label}必须是以分为单位的整数`);
  if (amount < 0) return fail('AMOUNT_NEGATIVE', `${label}不能为负数`);
  return ok(amount);
}

/** 核减 = requested − recommended, with 0 ≤ recommended ≤ requested (all integer 分, no rounding). */
export function computeCut(input: CutInput): RuleResult<number> {
  const requested = checkFen(input.requested, '申请金额');
  if (!requested.ok) return requested;
  const recommended = checkFen(input.recommended, '建议安排金额');
  if (!recommended.ok) return recommended;
  if (input.recommended > input.requested) {
    return fail('RECOMMENDED_EXCEEDS_REQUESTED', '建议安排金额不能超过申请金额');
  }
  return ok(input.requested - input.recommended);
}
