import { and, eq } from 'drizzle-orm';
import {
  type SelfEvaluationStatus,
  type TSelfEvaluationListQuery,
  type TSelfEvaluationUpdate,
  ZScoreRequest,
} from '../../../core/contracts/self-evaluation';
import type { QualitativeLevel } from '../../../core/rules/indicator';
import { qualitativeBandOf } from '../../../core/rules/scoring/index';
import { attachments, selfEvaluationIndicators, selfEvaluations } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { assertVersion, write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import { allowedActions, assertAllowed } from './policy';
import * as repo from './repo';
import { scoreRequest, scoreStored } from './scoring';

export { createSelfEvaluations } from './generate';
export { transitionSelfEvaluation } from './workflow';

/** The stable scoring contract: computes with the region's rules, stores nothing. */
export async function scoreForm(ctx: Ctx, body: unknown) {
  const parsed = ZScoreRequest.parse(body);
  const rules = await getRules(ctx.db, ctx.actor.regionCode, parsed.year, 'scoring');
  return scoreRequest(parsed, rules);
}

export async function listSelfEvaluations(ctx: Ctx, q: TSelfEvaluationListQuery) {
  return repo.listSelfEvaluations(ctx.db, ctx.actor, q);
}

/** One form with its rows, evidence, steps, the scoring rules (for the live score) and allowed actions. */
export async function getSelfEvaluation(ctx: Ctx, id: number) {
  const row = found(await repo.findSelfEvaluation(ctx.db, ctx.actor, id), '自评表');
  const indicators = await repo.findIndicators(ctx.db, [id]);
  const steps = await repo.findSteps(ctx.db, id);
  const rules = await getRules(ctx.db, ctx.actor.regionCode, row.form.year, 'scoring');
  const evidence = await ctx.db
    .select({ id: attachments.id, slot: attachments.slot, filename: attachments.filename })
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, 'selfEvaluation'), eq(attachments.ownerId, id)));
  const score = scoreStored(row.form, indicators, rules);
  return {
    ...row.form,
    projectCode: row.projectCode,
    projectName: row.projectName,
    fieldCode: row.fieldCode,
    unitName: row.unitName,
    indicators: indicators.map((r, i) => ({
      ...r,
      band: score.indicators[i]?.band ?? null,
      flags: score.indicators[i]?.flags ?? [],
      evidenceCount: evidence.filter((e) => e.slot === String(r.id)).length,
    })),
    evidence,
    score,
    rules,
    steps,
    allowedActions: allowedActions(
      ctx.actor,
      row.form.status as SelfEvaluationStatus,
      row.form.unitId,
      row.form.reviewReturned,
    ),
  };
}

/** Rejects claims above the rule score, and 定性 claims outside their band, with the row named. */
function assertClaims(
  rows: {
    name: string;
    operator: string;
    weight: number;
    qualitativeLevel: string | null;
    claimedScore: number | null;
  }[],
  ruleScores: number[],
  rules: Awaited<ReturnType<typeof getRules<'scoring'>>>,
) {
  rows.forEach((r, i) => {
    if (r.claimedScore === null) return;
    if (r.operator === '定性') {
      if (!r.qualitativeLevel) throw new AppError('VALIDATION_FAILED', `指标“${r.name}”请先选择完成等级`);
      const band = qualitativeBandOf(r.qualitativeLevel as QualitativeLevel, r.weight, rules);
      if (r.claimedScore < band.min || r.claimedScore > band.max)
        throw new AppError(
          'VALIDATION_FAILED',
          `指标“${r.name}”为“${r.qualitativeLevel}”，得分应在 ${band.min}～${band.max} 分之间`,
        );
    } else if (r.claimedScore > (ruleScores[i] ?? 0)) {
      throw new AppError('VALIDATION_FAILED', `指标“${r.name}”自评得分不能高于规则得分 ${ruleScores[i] ?? 0} 分`);
    }
  });
}

/** Saves the unit's entries and re-scores the form (draft or returned forms only). */
export async function updateSelfEvaluation(ctx: Ctx, id: number, input: TSelfEvaluationUpdate) {
  return write(ctx, async (tx) => {
    const row = found(await repo.findSelfEvaluation(tx, ctx.actor, id), '自评表');
    const before = row.form;
    assertAllowed(ctx.actor, before, 'edit');
    assertVersion(before.version, input.version);
    const stored = await repo.findIndicators(tx, [id]);
    const byId = new Map(input.indicators.map((r) => [r.id, r]));
    for (const r of input.indicators)
      if (!stored.some((s) => s.id === r.id)) throw new AppError('VALIDATION_FAILED', `指标行 ${r.id} 不属于该自评表`);
    const merged = stored.map((s) => {
      const given = byId.get(s.id);
      if (!given) return s;
      const qualitative = s.operator === '定性';
      return {
        ...s,
        actualNumber: qualitative ? null : given.actual,
        qualitativeLevel: qualitative ? given.qualitativeLevel : null,
        claimedScore: given.claimedScore,
        deviationReason: given.deviationReason,
        improvement: given.improvement,
      };
    });
    const rules = await getRules(tx, ctx.actor.regionCode, before.year, 'scoring');
    const form = { annualBudget: before.annualBudget, executedAmount: input.executedAmount };
    const score = scoreStored(form, merged, rules);
    assertClaims(
      merged,
      score.indicators.map((s) => s.ruleScore),
      rules,
    );
    await saveScores(tx, merged, score.indicators);
    const [after] = await tx
      .update(selfEvaluations)
      .set({
        executedAmount: input.executedAmount,
        actualOutcome: input.actualOutcome,
        conclusion: input.conclusion,
        problems: input.problems,
        measures: input.measures,
        executionRate: score.executionRate,
        total: score.total,
        grade: score.grade,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(selfEvaluations.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'selfEvaluation', entityId: id, action: 'update', before, after });
    return after;
  });
}

async function saveScores(
  tx: DbOrTx,
  rows: (typeof selfEvaluationIndicators.$inferSelect)[],
  scores: { score: number; ruleScore: number }[],
) {
  for (const [i, r] of rows.entries()) {
    await tx
      .update(selfEvaluationIndicators)
      .set({
        actualNumber: r.actualNumber,
        qualitativeLevel: r.qualitativeLevel,
        claimedScore: r.claimedScore,
        deviationReason: r.deviationReason,
        improvement: r.improvement,
        score: scores[i]?.score ?? 0,
        ruleScore: scores[i]?.ruleScore ?? 0,
      })
      .where(eq(selfEvaluationIndicators.id, r.id));
  }
}
