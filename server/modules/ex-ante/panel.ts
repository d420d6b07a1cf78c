import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { TPanelInput, TScoreInput } from '../../../core/contracts/ex-ante';
import type { TDrawInput, TExpert } from '../../../core/contracts/experts';
import { checkConflict } from '../../../core/rules/ex-ante/conflict';
import { drawExperts, type PoolExpert } from '../../../core/rules/ex-ante/draw-experts';
import { type ScoringTemplate, templatePoints } from '../../../core/rules/ex-ante/template-types';
import { tasks } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { findExpertByUser, findExperts, listExperts } from '../experts/service';
import { ENTITY, loadForWrite } from './application';
import * as repo from './repo';
import { currentTemplate } from './templates';

const party = (e: TExpert): PoolExpert => ({
  id: String(e.id),
  name: e.name,
  unitId: e.unitId === null ? null : String(e.unitId),
  departmentId: e.departmentId === null ? null : String(e.departmentId),
  fields: e.fieldCodes,
  active: e.active,
});
const projectParty = (r: { unitId: number; departmentId: number }) => ({
  unitId: String(r.unitId),
  departmentId: String(r.departmentId),
});

/** Seeded random draw from active experts of a field who can score online, skipping conflicts (回避). */
export async function drawPanel(ctx: Ctx, input: TDrawInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '抽取专家');
  const row = found(await repo.findVisible(ctx.db, ctx.actor, input.assessmentId), '事前评估');
  const pool = (await listExperts(ctx, { active: 'true' })).filter((e) => e.userId !== null);
  const seed = input.seed ?? randomInt(0, 2_147_483_647);
  const drawn = drawExperts(pool.map(party), {
    count: input.count,
    field: input.fieldCode,
    excludeConflicts: true,
    project: projectParty(row),
    seed,
  });
  if (!drawn.ok) throw new AppError('VALIDATION_FAILED', drawn.message, { rule: drawn.code });
  const byId = new Map(pool.map((e) => [String(e.id), e]));
  return {
    seed,
    experts: drawn.value.experts.map((e) => byId.get(e.id)).filter((e): e is TExpert => e !== undefined),
    excluded: drawn.value.excluded.map((x) => ({ ...x, name: byId.get(x.id)?.name ?? x.id })),
  };
}

/** Finance forms (or re-forms, before any sheet is in) the panel; conflicts of interest are refused. */
export async function formPanel(ctx: Ctx, id: number, input: TPanelInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '组建专家组');
  return write(ctx, async (tx) => {
    const before = await loadForWrite(tx, ctx, id, ['submitted', 'scoring'], '组建专家组');
    const seats = await repo.panel(tx, id);
    if (seats.some((s) => s.status === 'submitted')) {
      throw new AppError('INVALID_TRANSITION', '已有专家提交评分，不能再调整专家组');
    }
    const ids = [...new Set(input.expertIds)];
    if (ids.length !== input.expertIds.length) throw new AppError('VALIDATION_FAILED', '专家组成员重复');
    const chosen = await findExperts(tx, ctx.actor.regionCode, ids);
    if (chosen.length !== ids.length) throw new AppError('VALIDATION_FAILED', '所选专家不在专家库中');
    for (const e of chosen) {
      if (!e.active) throw new AppError('VALIDATION_FAILED', `专家${e.name}已停用`);
      const conflict = checkConflict(party(e), projectParty(before));
      if (!conflict.ok) throw new AppError('CONFLICT', conflict.message, { rule: conflict.code, expertId: e.id });
      if (e.userId === null)
        throw new AppError(
          'VALIDATION_FAILED',
          `专家${e.name}未关联系统账号，无法在线评分（请在专家库中关联或开通账号）`,
        );
    }
    const leader = input.leaderExpertId ?? ids[0];
    if (!ids.includes(leader)) throw new AppError('VALIDATION_FAILED', '专家组组长须为专家组成员');
    const template = await currentTemplate(tx, before.regionCode, before.year, input.templateKind);
    await repo.replacePanel(
      tx,
      id,
      ids.map((expertId) => ({
        regionCode: before.regionCode,
        assessmentId: id,
        expertId,
        isLeader: expertId === leader,
      })),
    );
    const row = await repo.transitionAssessment(tx, before, {
      status: 'scoring',
      templateKind: input.templateKind,
      templateId: template.id,
      template: template.template,
      drawSeed: input.drawSeed ?? null,
    });
    await closeTasks(tx, { entity: ENTITY, entityId: id }, ctx.actor.userId);
    for (const e of chosen) {
      await openTask(tx, {
        regionCode: row.regionCode,
        kind: 'exAnteScore',
        title: '事前绩效评估专家评分',
        entity: ENTITY,
        entityId: id,
        link: `/ex-ante/assessments/${id}`,
        assigneeUserId: e.userId ?? undefined,
      });
    }
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: 'formPanel',
      before: { status: before.status, experts: seats.map((s) => s.expertId) },
      after: { experts: ids, leader, templateKind: input.templateKind, templateVersion: template.versionNo },
    });
    return row;
  });
}

/** Checks a sheet against the template: known points, scores within [0, weight], complete when submitted. */
function checkSheet(template: ScoringTemplate, input: TScoreInput) {
  const points = templatePoints(template);
  const known = new Set(points.map((p) => p.code));
  for (const code of Object.keys(input.scores)) {
    if (!known.has(code)) throw new AppError('VALIDATION_FAILED', `评分要点“${code}”不在评分表中`);
  }
  for (const p of points) {
    const s = input.scores[p.code];
    if (s === undefined) {
      if (input.submit) throw new AppError('VALIDATION_FAILED', `未对“${p.name}”评分`, { rule: 'SCORE_MISSING' });
      continue;
    }
    if (!Number.isFinite(s) || s < 0 || s > p.weight || Math.round(s * 100) !== s * 100) {
      throw new AppError('VALIDATION_FAILED', `“${p.name}”的评分应在0至${p.weight}分之间（最多两位小数）`, {
        rule: 'SCORE_OUT_OF_RANGE',
        point: p.code,
      });
    }
    if (input.submit && !input.comments[p.code]?.trim()) {
      throw new AppError('VALIDATION_FAILED', `请填写“${p.name}”的评分意见`, { rule: 'COMMENT_MISSING' });
    }
  }
}

/** An expert saves or submits their own score sheet; nobody else's sheet can be touched. */
export async function saveScores(ctx: Ctx, id: number, input: TScoreInput) {
  assertRole(ctx.actor, ['expert'], '评分');
  return write(ctx, async (tx) => {
    const expert = await findExpertByUser(tx, ctx.actor.regionCode, ctx.actor.userId);
    const row = await loadForWrite(tx, ctx, id, ['scoring'], '评分');
    const seats = await repo.panel(tx, id);
    const seat = found(
      seats.find((s) => expert && s.expertId === expert.id),
      '评分席位',
    );
    if (seat.status === 'submitted') throw new AppError('INVALID_TRANSITION', '评分已提交，不能修改');
    checkSheet(row.template as ScoringTemplate, input);
    const now = new Date().toISOString();
    await repo.updateSeat(tx, seat.id, {
      scores: input.scores,
      comments: input.comments,
      overallComment: input.overallComment,
      status: input.submit ? 'submitted' : 'assigned',
      submittedAt: input.submit ? now : null,
    });
    if (input.submit) {
      await closeOwnTask(tx, id, ctx.actor.userId);
      const open = seats.filter((s) => s.id !== seat.id && s.status !== 'submitted').length;
      if (open === 0) {
        await openTask(tx, {
          regionCode: row.regionCode,
          kind: 'exAnteConclude',
          title: '专家评分已完成，请出具事前评估结论',
          entity: ENTITY,
          entityId: id,
          link: `/ex-ante/assessments/${id}`,
          assigneeRole: 'finance',
        });
      }
    }
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: input.submit ? 'submitScores' : 'saveScores',
      before: { scores: seat.scores },
      after: { scores: input.scores, comments: input.comments },
    });
    return { seatId: seat.id, status: input.submit ? 'submitted' : 'assigned' };
  });
}

/** Closes the expert's own scoring task (others on the panel keep theirs). */
async function closeOwnTask(tx: DbOrTx, id: number, userId: number) {
  await tx
    .update(tasks)
    .set({ status: 'done', doneAt: new Date().toISOString(), doneBy: userId })
    .where(
      and(
        eq(tasks.entity, ENTITY),
        eq(tasks.entityId, id),
        eq(tasks.kind, 'exAnteScore'),
        eq(tasks.assigneeUserId, userId),
        eq(tasks.status, 'open'),
      ),
    );
}
