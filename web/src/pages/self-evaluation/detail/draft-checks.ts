import type { Draft } from './types';

/** What must be fixed before a save: the executed amount may be 0 but not left empty. */
export function saveProblems(d: Draft): string[] {
  return d.executedAmount === null ? ['请填写全年执行数（没有执行请填 0）'] : [];
}

/** What must be fixed before a submit, the same checks the server makes, said before the round trip. */
export function submitProblems(d: Draft): string[] {
  const out = saveProblems(d);
  const missing = d.indicators.filter((r) => (r.operator === '定性' ? !r.qualitativeLevel : r.actualNumber === null));
  if (missing.length) out.push(`请填写实际完成值：${missing.map((r) => r.name).join('、')}`);
  const unclaimed = d.indicators.filter((r) => r.operator === '定性' && r.qualitativeLevel && r.claimedScore === null);
  if (unclaimed.length) out.push(`定性指标请在等级区间内填写得分：${unclaimed.map((r) => r.name).join('、')}`);
  if (!d.conclusion.trim()) out.push('请填写评价结论');
  return out;
}
