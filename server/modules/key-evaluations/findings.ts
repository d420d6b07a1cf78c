import { and, eq } from 'drizzle-orm';
import type { KeyEvaluationStage, TFindingInput, ZReportTextInput } from '../../../core/contracts/key-evaluations';
import type { z } from '../../../core/zod';
import { keyEvaluationFindings } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { closeTasks } from '../../platform/inbox';
import { assertVersion, write } from '../../platform/tx';
import { loadForActor, loadForEvaluator } from './access';
import { FINDING_STAGES, SCORING_STAGES } from './policy';
import * as repo from './repo';

/** The evaluator writes the report's narrative sections (基本情况 / 结论 / 建议). */
export async function saveReportText(ctx: Ctx, id: number, body: z.infer<typeof ZReportTextInput>) {
  const stages: KeyEvaluationStage[] = [...SCORING_STAGES, 'exchange'];
  const { row } = await loadForEvaluator(ctx.db, ctx.actor, id, stages, '编写评价报告');
  assertVersion(row.version, body.version);
  return write(ctx, async (tx) => {
    const updated = await repo.updateEvaluation(tx, id, {
      summary: body.summary,
      conclusion: body.conclusion,
      suggestions: body.suggestions,
      version: row.version + 1,
      updatedAt: new Date().toISOString(),
    });
    await audit(tx, ctx, {
      entity: 'keyEvaluation',
      entityId: id,
      action: 'editReport',
      before: { conclusion: row.conclusion },
      after: { conclusion: body.conclusion },
    });
    return updated;
  });
}

/** The evaluated unit (or department) gives its written response to the preliminary conclusion. */
export async function respond(ctx: Ctx, id: number, text: string) {
  const { row, rel } = await loadForActor(ctx.db, ctx.actor, id);
  if (!rel.isEvaluated) throw new AppError('FORBIDDEN', '只有被评价单位可以反馈意见');
  if (row.stage !== 'exchange') throw new AppError('INVALID_TRANSITION', '当前不在征求意见阶段，不能反馈意见');
  return write(ctx, async (tx) => {
    const updated = await repo.updateEvaluation(tx, id, {
      unitResponse: text,
      unitRespondedAt: new Date().toISOString(),
      version: row.version + 1,
    });
    await closeTasks(tx, { entity: 'keyEvaluation', entityId: id, kind: 'keyEvaluation.respond' }, ctx.actor.userId);
    await audit(tx, ctx, {
      entity: 'keyEvaluation',
      entityId: id,
      action: 'respond',
      before: { unitResponse: row.unitResponse },
      after: { unitResponse: text },
    });
    return updated;
  });
}

/** Adds a finding (problem + requirement); it goes to the rectification list when the evaluation is finalised. */
export async function addFinding(ctx: Ctx, id: number, input: TFindingInput) {
  const { row } = await loadForEvaluator(ctx.db, ctx.actor, id, FINDING_STAGES, '登记评价发现的问题');
  const unitId = input.unitId ?? row.unitId;
  if (!unitId) throw new AppError('VALIDATION_FAILED', '部门整体评价的问题须指定整改的预算单位');
  const [unit] = await repo.orgNodes(ctx.db, row.regionCode, [unitId]);
  if (unit?.kind !== 'budgetUnit' || unit.departmentId !== row.departmentId)
    throw new AppError('VALIDATION_FAILED', '整改单位必须是被评价部门所属的预算单位');
  return write(ctx, async (tx) => {
    const [f] = await tx
      .insert(keyEvaluationFindings)
      .values({
        evaluationId: id,
        unitId,
        problem: input.problem,
        requirement: input.requirement,
        severity: input.severity,
        deadline: input.deadline,
      })
      .returning();
    await audit(tx, ctx, { entity: 'keyEvaluation', entityId: id, action: 'addFinding', after: f });
    return f;
  });
}

/** Removes a finding that is not yet on the rectification list. */
export async function removeFinding(ctx: Ctx, id: number, findingId: number) {
  await loadForEvaluator(ctx.db, ctx.actor, id, FINDING_STAGES, '删除评价发现的问题');
  const [f] = await ctx.db
    .select()
    .from(keyEvaluationFindings)
    .where(and(eq(keyEvaluationFindings.id, findingId), eq(keyEvaluationFindings.evaluationId, id)));
  const finding = found(f, '问题');
  if (finding.rectificationId) throw new AppError('INVALID_TRANSITION', '该问题已列入整改清单，不能删除');
  return write(ctx, async (tx) => {
    await tx.delete(keyEvaluationFindings).where(eq(keyEvaluationFindings.id, findingId));
    await audit(tx, ctx, { entity: 'keyEvaluation', entityId: id, action: 'removeFinding', before: finding });
    return { ok: true };
  });
}
