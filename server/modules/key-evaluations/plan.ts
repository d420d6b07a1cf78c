import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import {
  KEY_EVALUATION_STEPS,
  type TFramework,
  type TKeyEvaluationInput,
  type ZKeyEvaluationListQuery,
} from '../../../core/contracts/key-evaluations';
import {
  type EvaluationTemplate,
  evaluationName,
  validateEvaluationTemplate,
} from '../../../core/rules/key-evaluation/index';
import type { z } from '../../../core/zod';
import { keyEvaluationSteps, keyEvaluations, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import { loadForActor, stageLabel } from './access';
import { FRAMEWORK_STAGES } from './policy';
import * as repo from './repo';

/** Throws VALIDATION_FAILED with every issue when a framework breaks the rules (weights, 产出+效益 share…). */
export async function assertFrameworkValid(
  db: DbOrTx,
  regionCode: string,
  year: number,
  framework: EvaluationTemplate,
) {
  const rules = await getRules(db, regionCode, year, 'keyEvaluation');
  const issues = validateEvaluationTemplate(framework, rules);
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), { issues });
}

/** Resolves the evaluation object to its unit, department, name and amount (分). */
async function resolveObject(db: DbOrTx, regionCode: string, input: TKeyEvaluationInput) {
  if (input.objectType === 'project') {
    const p = found(await repo.findProject(db, regionCode, input.projectId ?? 0), '被评价项目');
    const amount = p.adjustedAmount ?? p.approvedAmount ?? p.requestedAmount;
    return { projectId: p.id, unitId: p.unitId, departmentId: p.departmentId, objectName: p.name, amount };
  }
  if (input.objectType === 'department') {
    const [dept] = await repo.orgNodes(db, regionCode, [input.departmentId ?? 0]);
    if (dept?.kind !== 'department') throw new AppError('VALIDATION_FAILED', '被评价对象必须是本区划的主管部门');
    // The department's spending of the evaluated year, from its projects (unless finance gives the amount).
    const [sum] = await db
      .select({
        total:
          sql<number>`coalesce(sum(coalesce(${projects.adjustedAmount}, ${projects.approvedAmount}, 0)), 0)`.mapWith(
            Number,
          ),
      })
      .from(projects)
      .where(
        and(eq(projects.regionCode, regionCode), eq(projects.departmentId, dept.id), eq(projects.year, input.year - 1)),
      );
    return {
      projectId: null,
      unitId: null,
      departmentId: dept.id,
      objectName: dept.name,
      amount: input.amount ?? sum?.total ?? 0,
    };
  }
  const [unit] = await repo.orgNodes(db, regionCode, [input.unitId ?? 0]);
  if (unit?.kind !== 'budgetUnit' || !unit.departmentId)
    throw new AppError('VALIDATION_FAILED', '责任单位必须是本区划的预算单位');
  return {
    projectId: null,
    unitId: unit.id,
    departmentId: unit.departmentId,
    objectName: input.objectName ?? '',
    amount: input.amount ?? 0,
  };
}

/** Finance puts an object on the year's plan; the framework is copied from the kind's template in force. */
export async function createEvaluation(ctx: Ctx, input: TKeyEvaluationInput) {
  assertRole(ctx.actor, ['admin', 'finance'], '制定重点评价计划');
  const region = ctx.actor.regionCode;
  const rules = await getRules(ctx.db, region, input.year, 'keyEvaluation');
  const framework = structuredClone(rules.templates[input.kind]);
  await assertFrameworkValid(ctx.db, region, input.year, framework);
  const object = await resolveObject(ctx.db, region, input);
  const dupWhere = [
    eq(keyEvaluations.regionCode, region),
    eq(keyEvaluations.year, input.year),
    eq(keyEvaluations.kind, input.kind),
    ne(keyEvaluations.stage, 'cancelled'),
  ];
  if (object.projectId) dupWhere.push(eq(keyEvaluations.projectId, object.projectId));
  else
    dupWhere.push(
      eq(keyEvaluations.objectName, object.objectName),
      eq(keyEvaluations.departmentId, object.departmentId),
    );
  return write(ctx, async (tx) => {
    // Plans of one department are made one at a time, so a double click finds the first one (DUPLICATE).
    await repo.lockOrgNode(tx, object.departmentId);
    const [dup] = await tx
      .select({ id: keyEvaluations.id })
      .from(keyEvaluations)
      .where(and(...dupWhere));
    if (dup) throw new AppError('DUPLICATE', `${input.year}年计划中已有对“${object.objectName}”的同类评价`);
    const [row] = await tx
      .insert(keyEvaluations)
      .values({
        regionCode: region,
        year: input.year,
        name: input.name || evaluationName(object.objectName, input.kind),
        kind: input.kind,
        budgetType: input.budgetType,
        objectType: input.objectType,
        ...object,
        reasons: input.reasons,
        teamMode: input.teamMode,
        framework,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await insertSteps(tx, row.id, input.plannedDates ?? {});
    await audit(tx, ctx, {
      entity: 'keyEvaluation',
      entityId: row.id,
      action: 'create',
      after: { ...row, framework: undefined },
    });
    return row;
  });
}

/** The seven procedure steps with their planned dates. */
export async function insertSteps(tx: Tx, evaluationId: number, planned: Partial<Record<string, string>>) {
  await tx
    .insert(keyEvaluationSteps)
    .values(KEY_EVALUATION_STEPS.map((step, sort) => ({ evaluationId, step, sort, plannedOn: planned[step] ?? null })));
}

/** Scoped plan list. */
export async function listEvaluations(ctx: Ctx, q: z.infer<typeof ZKeyEvaluationListQuery>) {
  const filters: SQL[] = [];
  if (q.year) filters.push(eq(keyEvaluations.year, q.year));
  if (q.kind) filters.push(eq(keyEvaluations.kind, q.kind));
  if (q.budgetType) filters.push(eq(keyEvaluations.budgetType, q.budgetType));
  if (q.stage) filters.push(eq(keyEvaluations.stage, q.stage));
  const rows = await repo.listEvaluations(ctx.db, ctx.actor, filters);
  return rows.map(({ evaluation: e, unitName }) => ({
    id: e.id,
    year: e.year,
    name: e.name,
    kind: e.kind,
    budgetType: e.budgetType,
    objectType: e.objectType,
    objectName: e.objectName,
    unitName,
    amount: e.amount,
    teamMode: e.teamMode,
    stage: e.stage,
    totalScore: e.totalScore,
    grade: e.grade,
  }));
}

/** Finance edits an evaluation's own framework (three levels, weights, methods) before field work; validated. */
export async function updateFramework(ctx: Ctx, id: number, framework: TFramework, version?: number) {
  assertRole(ctx.actor, ['admin', 'finance'], '修改评价指标体系');
  const { row } = await loadForActor(ctx.db, ctx.actor, id);
  if (!FRAMEWORK_STAGES.includes(row.stage as (typeof FRAMEWORK_STAGES)[number]))
    throw new AppError('INVALID_TRANSITION', `评价已进入“${stageLabel(row.stage)}”阶段，指标体系不能再修改`);
  assertVersion(row.version, version);
  if (framework.kind !== row.kind) throw new AppError('VALIDATION_FAILED', '指标体系的评价类型与评价对象不一致');
  await assertFrameworkValid(ctx.db, row.regionCode, row.year, framework);
  return write(ctx, async (tx) => {
    const updated = await repo.updateEvaluation(tx, id, {
      framework,
      inputs: {},
      indicatorScores: {},
      version: row.version + 1,
      updatedAt: new Date().toISOString(),
    });
    await audit(tx, ctx, {
      entity: 'keyEvaluation',
      entityId: id,
      action: 'updateFramework',
      before: row.framework,
      after: framework,
    });
    return updated;
  });
}
