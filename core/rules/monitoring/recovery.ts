import { formatYuan } from '../../money.ts';
import { fail, ok, type RuleResult } from './types.ts';

export interface RecoveryInput {
  /** Amount to recover (收回, 分). */
  amount: number;
  /** 调整后预算 (分). */
  adjustedBudget: number;
  /** Already paid out (已支付, 分). */
  paid: number;
}

export interface RecoveryCheck {
  /** Unpaid balance before the recovery (分). */
  unpaidBalance: number;
  /** The project's budget after the recovery (分). */
  budgetAfter: number;
}

/** A recovery must be a positive integer 分 amount not above the unpaid balance (budget − paid). */
export function validateRecovery(input: RecoveryInput): RuleResult<RecoveryCheck> {
  const { amount, adjustedBudget, paid } = input;
  if (![amount, adjustedBudget, paid].every(Number.isSafeInteger)) {
    return fail('AMOUNT_NOT_INTEGER', '金额必须是以分为单位的整数');
  }
  if (amount <= 0) return fail('RECOVERY_NOT_POSITIVE', '收回金额必须大于0');
  const unpaidBalance = adjustedBudget - paid;
  if (amount > unpaidBalance) {
    const balance = formatYuan(Math.max(unpaidBalance, 0));
    return fail('RECOVERY_EXCEEDS_BALANCE', `收回金额${formatYuan(amount)}元超过未支付余额${balance}元`);
  }
  return ok({ unpaidBalance, budgetAfter: adjustedBudget - amount });
}
