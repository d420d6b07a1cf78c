import { and, asc, desc, eq, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { TSelfEvaluationListQuery } from '../../../core/contracts/self-evaluation';
import {
  orgUnits,
  projects,
  selfEvaluationIndicators,
  selfEvaluationSteps,
  selfEvaluations,
  targetIndicators,
  targets,
} from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { scopeWhere } from '../../platform/scope';
import { selfEvaluationsAssignedTo } from '../reviews/read-for-self-evaluation';

/** Experts and agencies see the self-evaluations assigned to them in a review batch (the reviews module says which). */
function assignedToReviewer(actor: Actor): SQL {
  return inArray(selfEvaluations.id, selfEvaluationsAssignedTo(actor)) as SQL;
}

export function selfEvaluationScope(actor: Actor): SQL {
  return scopeWhere(
    actor,
    { region: selfEvaluations.regionCode, department: selfEvaluations.departmentId, unit: selfEvaluations.unitId },
    assignedToReviewer(actor),
  );
}

const listColumns = {
  id: selfEvaluations.id,
  year: selfEvaluations.year,
  projectId: selfEvaluations.projectId,
  projectCode: projects.code,
  projectName: projects.name,
  unitId: selfEvaluations.unitId,
  unitName: orgUnits.name,
  departmentId: selfEvaluations.departmentId,
  annualBudget: selfEvaluations.annualBudget,
  executedAmount: selfEvaluations.executedAmount,
  executionRate: selfEvaluations.executionRate,
  total: selfEvaluations.total,
  grade: selfEvaluations.grade,
  status: selfEvaluations.status,
  reviewReturned: selfEvaluations.reviewReturned,
  submittedAt: selfEvaluations.submittedAt,
  updatedAt: selfEvaluations.updatedAt,
};

export async function listSelfEvaluations(db: DbOrTx, actor: Actor, q: TSelfEvaluationListQuery) {
  const conds: SQL[] = [selfEvaluationScope(actor)];
  if (q.year) conds.push(eq(selfEvaluations.year, q.year));
  if (q.status) conds.push(eq(selfEvaluations.status, q.status));
  if (q.unitId) conds.push(eq(selfEvaluations.unitId, q.unitId));
  if (q.grade) conds.push(eq(selfEvaluations.grade, q.grade));
  if (q.keyword) conds.push(containsAny(q.keyword, [projects.name, projects.code]));
  const where = and(...conds);
  const base = db
    .select(listColumns)
    .from(selfEvaluations)
    .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, selfEvaluations.unitId));
  const items = await base
    .where(where)
    .orderBy(desc(selfEvaluations.year), asc(projects.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(selfEvaluations)
    .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
    .where(where);
  return { items, total: count };
}

export async function findSelfEvaluation(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select({
      form: selfEvaluations,
      projectCode: projects.code,
      projectName: projects.name,
      fieldCode: projects.fieldCode,
      unitName: orgUnits.name,
    })
    .from(selfEvaluations)
    .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, selfEvaluations.unitId))
    .where(and(selfEvaluationScope(actor), eq(selfEvaluations.id, id)));
  return row;
}

export async function findIndicators(db: DbOrTx, selfEvaluationIds: number[]) {
  if (selfEvaluationIds.length === 0) return [];
  return db
    .select()
    .from(selfEvaluationIndicators)
    .where(inArray(selfEvaluationIndicators.selfEvaluationId, selfEvaluationIds))
    .orderBy(asc(selfEvaluationIndicators.selfEvaluationId), asc(selfEvaluationIndicators.sort));
}

export async function findSteps(db: DbOrTx, selfEvaluationId: number) {
  return db
    .select()
    .from(selfEvaluationSteps)
    .where(eq(selfEvaluationSteps.selfEvaluationId, selfEvaluationId))
    .orderBy(asc(selfEvaluationSteps.id));
}

/** Budgeted projects of the year with a current approved target and no self-evaluation yet. */
export async function findEligibleProjects(db: DbOrTx, actor: Actor, year: number, projectId?: number) {
  const conds: SQL[] = [
    scopeWhere(actor, { region: projects.regionCode, department: projects.departmentId, unit: projects.unitId }),
    eq(projects.year, year),
    inArray(projects.status, ['budgeted', 'executing', 'completed']),
    eq(targets.isCurrent, true),
    eq(targets.status, 'approved'),
    notExists(db.select({ one: sql`1` }).from(selfEvaluations).where(eq(selfEvaluations.projectId, projects.id))),
  ];
  if (projectId) conds.push(eq(projects.id, projectId));
  return db
    .select({ project: projects, targetId: targets.id, overallGoal: targets.annualGoal })
    .from(projects)
    .innerJoin(targets, eq(targets.projectId, projects.id))
    .where(and(...conds))
    .orderBy(asc(projects.id));
}

export async function findTargetIndicators(db: DbOrTx, targetIds: number[]) {
  if (targetIds.length === 0) return [];
  return db
    .select()
    .from(targetIndicators)
    .where(inArray(targetIndicators.targetId, targetIds))
    .orderBy(asc(targetIndicators.targetId), asc(targetIndicators.sort), asc(targetIndicators.id));
}

/** Last year's actuals of the same indicator names for continuing projects (previousProjectId). */
export async function lastYearActuals(db: DbOrTx, previousProjectIds: number[]) {
  if (previousProjectIds.length === 0) return [];
  return db
    .select({
      projectId: selfEvaluations.projectId,
      name: selfEvaluationIndicators.name,
      actual: selfEvaluationIndicators.actualNumber,
    })
    .from(selfEvaluationIndicators)
    .innerJoin(selfEvaluations, eq(selfEvaluations.id, selfEvaluationIndicators.selfEvaluationId))
    .where(inArray(selfEvaluations.projectId, previousProjectIds));
}
