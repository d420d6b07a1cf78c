/**
 * The reviewers re-score the demo sample (复核评分): each indicator row gets a review value and score derived from the
 * row itself and the sample's accepted findings, and the workpaper is saved through the reviewer's own use case
 * (saveWorkpaper), which computes review_total / review_grade. A reviewer only deducts, so a review score is never
 * above the self score:
 * - a claim above the rule score (claimedAboveRule, fullScoreBelowTarget) is cut to the rule score;
 * - a 定性 claim without evidence (noEvidence, a missed row without deviation reason, satisfaction without survey)
 *   counts as no claim: the band floor, as the scoring takes for an unclaimed 定性 row;
 * - a quantitative satisfaction row without survey is held to the floor of the 达成 band;
 * - 优 with low execution (excellentWithLowExecution): the output rows follow the real execution rate.
 */
import type { QualitativeLevel } from '../../../core/rules/indicator';
import { qualitativeBandOf, roundScore, type ScoringRules } from '../../../core/rules/scoring/index';
import type { reviewFindings } from '../../db/schema/index';
import type { loadCheckData } from '../../modules/reviews/repo';
import { saveWorkpaper } from '../../modules/reviews/samples';
import type { Ctx } from '../../platform/context';

type CheckData = NonNullable<Awaited<ReturnType<typeof loadCheckData>>>;
type Row = CheckData['indicators'][number];
type Finding = Pick<typeof reviewFindings.$inferInsert, 'sampleId' | 'code' | 'status' | 'indicatorId'>;

const RULE_CAP = ['claimedAboveRule', 'fullScoreBelowTarget'];

/** One workpaper row: the reviewer's value (the verified actual) and score, with the reason of any deduction. */
export function reviewRow(
  row: Row,
  accepted: { codes: Set<string>; rowCodes: Set<string> },
  executionRate: number | null,
  rules: ScoringRules,
) {
  const qualitative = row.operator === '定性';
  let score = row.score;
  const notes: string[] = [];
  const cap = (limit: number, note: string) => {
    if (limit < score) {
      score = roundScore(limit);
      notes.push(note);
    }
  };
  if (RULE_CAP.some((c) => accepted.rowCodes.has(c))) cap(row.ruleScore, '按评分规则计算得分核定');
  const noSurvey = row.level1 === 'satisfaction' && accepted.codes.has('satisfactionWithoutSurvey');
  if (qualitative && row.qualitativeLevel) {
    const floor = qualitativeBandOf(row.qualitativeLevel as QualitativeLevel, row.weight, rules).min;
    if (accepted.codes.has('noEvidence')) cap(floor, '无佐证材料，按定性档次下限核定');
    if (accepted.rowCodes.has('missingDeviationReason')) cap(floor, '未说明偏差原因，按定性档次下限核定');
    if (noSurvey) cap(floor, '无满意度调查佐证，按定性档次下限核定');
  } else if (noSurvey) {
    cap(qualitativeBandOf('达成', row.weight, rules).min, '无满意度调查佐证，按“达成”档下限核定');
  }
  if (row.level1 === 'output' && executionRate !== null && accepted.codes.has('excellentWithLowExecution'))
    cap((row.weight * executionRate) / 100, `预算执行率 ${executionRate}%，产出得分按执行率核定`);
  return {
    indicatorId: row.id,
    reviewValue: qualitative ? row.qualitativeLevel : row.actualNumber === null ? null : String(row.actualNumber),
    reviewScore: score,
    note: notes.join('；'),
  };
}

/** Saves every sample's workpaper as its reviewer would (samples must still be open). */
export async function rescoreSamples(ctx: Ctx, data: CheckData, findings: Finding[], rules: ScoringRules) {
  for (const s of data.samples) {
    const own = findings.filter((f) => f.sampleId === s.sampleId && f.status === 'accepted');
    const codes = new Set(own.map((f) => f.code));
    const rows = data.indicators
      .filter((r) => r.selfEvaluationId === s.form.id)
      .map((r) =>
        reviewRow(
          r,
          { codes, rowCodes: new Set(own.filter((f) => f.indicatorId === r.id).map((f) => f.code)) },
          s.form.executionRate,
          rules,
        ),
      );
    await saveWorkpaper(ctx, s.sampleId, { rows });
  }
}
