import { formatYuan } from '../../../../../core/money';

/** What the form holds before save: amounts in 分 (null = left empty) and each indicator's deviation fields. */
export interface EntryDraft {
  fundsReceived: number | null;
  paid: number | null;
  budget: number;
  indicators: { name: string; likelihood: string; reasons: string[]; note: string }[];
}

/**
 * The checks the form can make before asking the server (which repeats them): required amounts, amounts within the
 * adjusted budget, and a note for every indicator that may not be met. Rule-dependent checks (which likelihoods need
 * a reason) stay on the server.
 */
export function entryProblems(d: EntryDraft): string[] {
  const out: string[] = [];
  if (d.fundsReceived === null) out.push('请填写到位资金（没有到位资金请填 0）');
  else if (d.fundsReceived > d.budget)
    out.push(`到位资金${formatYuan(d.fundsReceived)}元超过调整后预算${formatYuan(d.budget)}元`);
  if (d.paid === null) out.push('请填写实际执行数（尚未支出请填 0）');
  else if (d.paid > d.budget) out.push(`实际执行数${formatYuan(d.paid)}元超过调整后预算${formatYuan(d.budget)}元`);
  for (const i of d.indicators) {
    if (i.likelihood !== 'certain' && !i.note.trim())
      out.push(`「${i.name}」完成可能性不是“确定能”，须填写偏差原因说明`);
  }
  return out;
}
