import type { TIndicatorInput, ZScoresInput } from '../../../core/contracts/key-evaluations';
import {
  averageSatisfaction,
  type EvaluationTemplate,
  type IndicatorInput,
  scoreByMethod,
  scoreEvaluation,
  templateIndicators,
} from '../../../core/rules/key-evaluation/index';
import type { z } from '../../../core/zod';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { assertVersion, write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import { loadForEvaluator } from './access';
import { SCORING_STAGES } from './policy';
import * as repo from './repo';

/** Questionnaire results arrive as individual responses or an average; the rules take the average. */
function normalise(input: TIndicatorInput, name: string): IndicatorInput {
  if (input.type !== 'survey') return input;
  if (input.responses && input.responses.length > 0) {
    const avg = averageSatisfaction(input.responses);
    if (!avg.ok) throw new AppError('VALIDATION_FAILED', `“${name}”：${avg.message}`);
    return { type: 'survey', averagePercent: avg.value };
  }
  if (input.averagePercent === undefined) throw new AppError('VALIDATION_FAILED', `“${name}”请录入问卷满意度`);
  return { type: 'survey', averagePercent: input.averagePercent };
}

/** Final total and grade from the stored inputs; refuses while an indicator is unscored. */
export async function computeTotal(db: DbOrTx, row: repo.EvaluationRow) {
  const rules = await getRules(db, row.regionCode, row.year, 'keyEvaluation');
  const result = scoreEvaluation(
    row.framework as EvaluationTemplate,
    row.inputs as Record<string, IndicatorInput>,
    rules,
  );
  if (!result.ok) throw new AppError('VALIDATION_FAILED', `评分未完成：${result.message}`);
  return result.value;
}

/** The evaluator (engaged agency or finance) scores indicators with notes on the evidence; partial saves allowed. */
export async function saveScores(ctx: Ctx, id: number, body: z.infer<typeof ZScoresInput>) {
  const { row } = await loadForEvaluator(ctx.db, ctx.actor, id, SCORING_STAGES, '录入评分');
  assertVersion(row.version, body.version);
  const indicators = templateIndicators(row.framework as EvaluationTemplate);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const inputs = { ...(row.inputs as Record<string, IndicatorInput>) };
  const scores = { ...row.indicatorScores };
  for (const [code, raw] of Object.entries(body.inputs)) {
    const indicator = byCode.get(code);
    if (!indicator) throw new AppError('VALIDATION_FAILED', `指标“${code}”不在本评价的指标体系中`);
    const input = normalise(raw, indicator.name);
    const scored = scoreByMethod(indicator.method, input, indicator.weight);
    if (!scored.ok) throw new AppError('VALIDATION_FAILED', `“${indicator.name}”：${scored.message}`);
    inputs[code] = input;
    scores[code] = scored.value;
  }
  for (const code of Object.keys(body.notes)) {
    if (!byCode.has(code)) throw new AppError('VALIDATION_FAILED', `指标“${code}”不在本评价的指标体系中`);
  }
  const notes = { ...row.indicatorNotes, ...body.notes };
  const rules = await getRules(ctx.db, row.regionCode, row.year, 'keyEvaluation');
  const total = scoreEvaluation(row.framework as EvaluationTemplate, inputs, rules);
  return write(ctx, async (tx) => {
    const updated = await repo.updateEvaluation(tx, id, {
      inputs,
      indicatorScores: scores,
      indicatorNotes: notes,
      totalScore: total.ok ? total.value.total : null,
      grade: total.ok ? total.value.grade : null,
      byLevel1: total.ok ? total.value.byLevel1 : null,
      version: row.version + 1,
      updatedAt: new Date().toISOString(),
    });
    await audit(tx, ctx, {
      entity: 'keyEvaluation',
      entityId: id,
      action: 'score',
      before: { scores: row.indicatorScores, totalScore: row.totalScore },
      after: { scores, totalScore: updated.totalScore, grade: updated.grade },
    });
    return updated;
  });
}
