import type { ExAnteRules } from './rules.ts';
import { type ScoringTemplate, templatePoints } from './template-types.ts';
import { fail, ok, type RuleResult, round2 } from './types.ts';

/** One expert's scores, keyed by point code. */
export interface ExpertSheet {
  expertId: string;
  scores: Record<string, number>;
}

export interface PanelScore {
  /** Panel total on 0–100, rounded once to 2 decimals. */
  score: number;
  /** Per dimension code, 2 decimals (display; may not add up to `score` by ±0.01). */
  dimensionScores: Record<string, number>;
  /** Mean per point code over the kept experts, 2 decimals. */
  pointScores: Record<string, number>;
  /** Every expert's own total, 2 decimals, in input order. */
  expertTotals: { expertId: string; total: number }[];
  /** Experts dropped as highest and lowest total (empty when not trimmed). */
  droppedExpertIds: string[];
}

/** Checks that every expert scored every point within [0, weight]. */
function checkSheets(template: ScoringTemplate, sheets: ExpertSheet[]): RuleResult<true> {
  const ids = new Set<string>();
  for (const sheet of sheets) {
    if (ids.has(sheet.expertId)) return fail('DUPLICATE_EXPERT', `专家${sheet.expertId}重复提交评分`);
    ids.add(sheet.expertId);
    for (const p of templatePoints(template)) {
      const s = sheet.scores[p.code];
      if (s === undefined) return fail('SCORE_MISSING', `专家${sheet.expertId}未对“${p.name}”评分`);
      if (!Number.isFinite(s) || s < 0 || s > p.weight) {
        return fail('SCORE_OUT_OF_RANGE', `专家${sheet.expertId}对“${p.name}”的评分应在0至${p.weight}之间`);
      }
    }
  }
  return ok(true);
}

/**
 * Panel score: drops the highest and lowest expert total when trimming applies (ties: the earlier sheet
 * counts as lower, so the first of equal lows and the last of equal highs are dropped), then averages each
 * point over the kept experts and sums the means.
 */
export function scorePanel(
  template: ScoringTemplate,
  sheets: ExpertSheet[],
  rules: ExAnteRules,
): RuleResult<PanelScore> {
  if (sheets.length === 0) return fail('PANEL_EMPTY', '尚无专家评分，无法计算评审得分');
  const checked = checkSheets(template, sheets);
  if (!checked.ok) return checked;
  const points = templatePoints(template);
  const totals = sheets.map((s) => points.reduce((acc, p) => acc + (s.scores[p.code] ?? 0), 0));
  const trim = rules.panel.trimEnabled && sheets.length >= Math.max(3, rules.panel.trimFromExperts);
  const order = sheets.map((_, i) => i).sort((a, b) => totals[a] - totals[b] || a - b);
  const dropped = trim ? new Set([order[0], order[order.length - 1]]) : new Set<number>();
  const kept = sheets.filter((_, i) => !dropped.has(i));

  const pointMeans = new Map<string, number>();
  for (const p of points)
    pointMeans.set(p.code, kept.reduce((acc, s) => acc + (s.scores[p.code] ?? 0), 0) / kept.length);
  const dimensionScores: Record<string, number> = {};
  let total = 0;
  for (const dim of template.dimensions) {
    const sum = dim.points.reduce((acc, p) => acc + (pointMeans.get(p.code) ?? 0), 0);
    dimensionScores[dim.code] = round2(sum);
    total += sum;
  }
  return ok({
    score: round2(total),
    dimensionScores,
    pointScores: Object.fromEntries([...pointMeans].map(([code, mean]) => [code, round2(mean)])),
    expertTotals: sheets.map((s, i) => ({ expertId: s.expertId, total: round2(totals[i]) })),
    droppedExpertIds: sheets.filter((_, i) => dropped.has(i)).map((s) => s.expertId),
  });
}
