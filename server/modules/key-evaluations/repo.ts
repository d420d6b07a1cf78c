import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import { keyEvaluationFindings, keyEvaluationSteps, keyEvaluations, orgUnits, projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { evaluationScope } from './policy';

export type EvaluationRow = typeof keyEvaluations.$inferSelect;

/** Scoped list of evaluations with the object's unit and department names. */
export async function listEvaluations(db: DbOrTx, actor: Actor, filters: SQL[]) {
  return db
    .select({ evaluation: keyEvaluations, unitName: orgUnits.name })
    .from(keyEvaluations)
    .leftJoin(orgUnits, eq(orgUnits.id, keyEvaluations.unitId))
    .where(and(evaluationScope(actor), ne(keyEvaluations.stage, 'cancelled'), ...filters))
    .orderBy(desc(keyEvaluations.year), asc(keyEvaluations.id));
}

/** One evaluation if the actor may see it. */
export async function findEvaluation(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select()
    .from(keyEvaluations)
    .where(and(evaluationScope(actor), eq(keyEvaluations.id, id)));
  return row;
}

/** One evaluation of the region, regardless of the actor's row scope (for writes that check access themselves). */
export async function findInRegion(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(keyEvaluations)
    .where(and(eq(keyEvaluations.regionCode, regionCode), eq(keyEvaluations.id, id)));
  return row;
}

/** The same row locked for the rest of the transaction (one agency engagement per evaluation at a time). */
export async function lockInRegion(tx: DbOrTx, regionCode: string, id: number) {
  const [row] = await tx
    .select()
    .from(keyEvaluations)
    .where(and(eq(keyEvaluations.regionCode, regionCode), eq(keyEvaluations.id, id)))
    .for('update');
  return row;
}

export async function updateEvaluation(db: DbOrTx, id: number, set: Partial<typeof keyEvaluations.$inferInsert>) {
  const [row] = await db.update(keyEvaluations).set(set).where(eq(keyEvaluations.id, id)).returning();
  return row;
}

export function listSteps(db: DbOrTx, evaluationId: number) {
  return db
    .select()
    .from(keyEvaluationSteps)
    .where(eq(keyEvaluationSteps.evaluationId, evaluationId))
    .orderBy(asc(keyEvaluationSteps.sort));
}

export function listFindings(db: DbOrTx, evaluationId: number) {
  return db
    .select({ finding: keyEvaluationFindings, unitName: orgUnits.name })
    .from(keyEvaluationFindings)
    .leftJoin(orgUnits, eq(orgUnits.id, keyEvaluationFindings.unitId))
    .where(eq(keyEvaluationFindings.evaluationId, evaluationId))
    .orderBy(asc(keyEvaluationFindings.id));
}

/** Org nodes by id (names, kinds, departments). */
/** Locks an org node row for the rest of the transaction (serialises plan entries of one department). */
export async function lockOrgNode(tx: DbOrTx, id: number) {
  await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, id)).for('update');
}

export async function orgNodes(db: DbOrTx, regionCode: string, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), inArray(orgUnits.id, ids)));
}

/** A project of the region (the evaluation object). */
export async function findProject(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.regionCode, regionCode), eq(projects.id, id)));
  return row;
}
