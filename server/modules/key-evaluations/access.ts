import type { Actor } from '../../../core/access';
import { KEY_EVALUATION_STAGE_LABELS, type KeyEvaluationStage } from '../../../core/contracts/key-evaluations';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { isEngagedAgencyUser } from '../agencies/access';
import { type ActorRelation, allowedActions } from './policy';
import * as repo from './repo';

/** How the actor relates to an evaluation: finance, the engaged agency, or the evaluated unit/department. */
export async function relationOf(db: DbOrTx, actor: Actor, row: repo.EvaluationRow): Promise<ActorRelation> {
  return {
    isFinance: actor.role === 'finance' || actor.role === 'admin',
    isEngagedAgency: await isEngagedAgencyUser(db, actor, row.id),
    isEvaluated:
      (actor.role === 'unit' && row.unitId !== null && row.unitId === actor.unitId) ||
      (actor.role === 'department' && row.departmentId === actor.departmentId),
  };
}

/** Loads an evaluation the actor may see (404 otherwise) and its relation to the actor. */
export async function loadForActor(db: DbOrTx, actor: Actor, id: number) {
  const row = found(await repo.findEvaluation(db, actor, id), '重点评价');
  return { row, rel: await relationOf(db, actor, row) };
}

/**
 * Loads an evaluation for the evaluator's work (scoring, report, findings). An agency user whose agency is not
 * engaged gets a clear refusal rather than a silent 404, so a mistaken assignment is visible.
 */
export async function loadForEvaluator(
  db: DbOrTx,
  actor: Actor,
  id: number,
  stages: KeyEvaluationStage[],
  what: string,
) {
  const row = found(await repo.findInRegion(db, actor.regionCode, id), '重点评价');
  const rel = await relationOf(db, actor, row);
  if (actor.role === 'agency' && !rel.isEngagedAgency)
    throw new AppError('FORBIDDEN', '贵机构未受托承担该项重点评价，不能评分或提交评价材料');
  if (!rel.isFinance && !rel.isEngagedAgency) throw new AppError('FORBIDDEN', `当前角色无权${what}`);
  if (!stages.includes(row.stage as KeyEvaluationStage))
    throw new AppError('INVALID_TRANSITION', `评价当前处于“${stageLabel(row.stage)}”阶段，不能${what}`);
  return { row, rel };
}

export const stageLabel = (stage: string) => KEY_EVALUATION_STAGE_LABELS[stage as KeyEvaluationStage] ?? stage;

registerDocument('keyEvaluation', {
  label: '重点评价',
  canRead: async (ctx: Ctx, id: number) => (await repo.findEvaluation(ctx.db, ctx.actor, id)) !== undefined,
  canAttach: async (ctx: Ctx, id: number) => {
    const row = await repo.findEvaluation(ctx.db, ctx.actor, id);
    if (!row) return false;
    const rel = await relationOf(ctx.db, ctx.actor, row);
    const acts = allowedActions(row.stage as KeyEvaluationStage, rel, row.teamMode, true);
    return acts.includes('score') || acts.includes('uploadReport') || acts.includes('respond') || rel.isFinance;
  },
});
