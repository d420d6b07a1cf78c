import type { IndicatorScore } from '../../../../../core/rules/scoring/index';
import type { Draft, IndicatorRow } from './types';

/** Why a 定性 row's typed score is refused (the same bound the server checks), or null while it is within the band. */
export function claimError(r: IndicatorRow, band: IndicatorScore['band']): string | null {
  if (r.operator !== '定性' || !band || r.claimedScore === null) return null;
  if (r.claimedScore >= band.min && r.claimedScore <= band.max) return null;
  return `${r.qualitativeLevel}的得分应在 ${band.min}–${band.max} 分之间`;
}

/**
 * What must be fixed before a save: the executed amount may be 0 but not left empty, and no score may sit outside
 * its band. `scores` are the live scores of `d.indicators`, row for row.
 */
export function saveProblems(d: Draft, scores: readonly IndicatorScore[]): string[] {
  const out = d.executedAmount === null ? ['请填写全年执行数（没有执行请填 0）'] : [];
  for (const [i, r] of d.indicators.entries()) {
    const error = claimError(r, scores[i]?.band);
    if (error) out.push(`指标“${r.name}”${error}`);
  }
  return out;
}

/** What must be fixed before a submit, the same checks the server makes, said before the round trip. */
export function submitProblems(d: Draft, scores: readonly IndicatorScore[]): string[] {
  const out = saveProblems(d, scores);
  const missing = d.indicators.filter((r) => (r.operator === '定性' ? !r.qualitativeLevel : r.actualNumber === null));
  if (missing.length) out.push(`请填写实际完成值：${missing.map((r) => r.name).join('、')}`);
  const unclaimed = d.indicators.filter((r) => r.operator === '定性' && r.qualitativeLevel && r.claimedScore === null);
  if (unclaimed.length) out.push(`定性指标请在等级区间内填写得分：${unclaimed.map((r) => r.name).join('、')}`);
  if (!d.conclusion.trim()) out.push('请填写评价结论');
  return out;
}
