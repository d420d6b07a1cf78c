import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { TAssessmentListQuery } from '../../../core/contracts/ex-ante';
import {
  exAnteAssessments as a,
  exAnteCostLines,
  exAntePanelMembers,
  experts,
  orgUnits,
  projects,
} from '../../db/schema/index';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { outer } from '../../platform/outer-column';
import { scopeWhere } from '../../platform/scope';
import { transition } from '../../platform/tx';

export type AssessmentRow = typeof a.$inferSelect;
export type CostLineRow = typeof exAnteCostLines.$inferSelect;

/** Experts see an assessment only while they sit on its panel. */
export function assignedToExpert(actor: Actor): SQL {
  return sql`exists (select 1 from ${exAntePanelMembers} pm join ${experts} e on e.id = pm.expert_id
    where pm.assessment_id = ${a.id} and e.user_id = ${actor.userId})`;
}

export function assessmentScope(actor: Actor): SQL {
  return scopeWhere(
    actor,
    { region: a.regionCode, department: a.departmentId, unit: a.unitId },
    assignedToExpert(actor),
  );
}

const unitOrg = sql`(select name from ${orgUnits} where ${orgUnits.id} = ${a.unitId})`;
const deptOrg = sql`(select name from ${orgUnits} where ${orgUnits.id} = ${a.departmentId})`;

const listColumns = {
  id: a.id,
  year: a.year,
  projectId: a.projectId,
  projectCode: projects.code,
  projectName: projects.name,
  projectStatus: projects.status,
  unitId: a.unitId,
  unitName: unitOrg.mapWith(String),
  departmentId: a.departmentId,
  departmentName: deptOrg.mapWith(String),
  fieldCode: a.fieldCode,
  status: a.status,
  templateKind: a.templateKind,
  requestedAmount: a.requestedAmount,
  recommendedAmount: a.recommendedAmount,
  panelScore: a.panelScore,
  conclusion: a.conclusion,
  submittedAt: a.submittedAt,
  concludedAt: a.concludedAt,
  version: a.version,
};

export async function listAssessments(db: DbOrTx, actor: Actor, f: TAssessmentListQuery) {
  const conds: SQL[] = [assessmentScope(actor)];
  if (f.year) conds.push(eq(a.year, f.year));
  if (f.status) conds.push(eq(a.status, f.status));
  if (f.q) conds.push(containsAny(f.q, [projects.name, projects.code]));
  return db
    .select(listColumns)
    .from(a)
    .innerJoin(projects, eq(projects.id, a.projectId))
    .where(and(...conds))
    .orderBy(desc(a.year), desc(a.id));
}

/** One assessment inside the actor's scope (undefined when missing or hidden). */
export async function findVisible(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select()
    .from(a)
    .where(and(assessmentScope(actor), eq(a.id, id)));
  return row;
}

export async function findSummary(db: DbOrTx, id: number) {
  const [row] = await db
    .select(listColumns)
    .from(a)
    .innerJoin(projects, eq(projects.id, a.projectId))
    .where(eq(a.id, id));
  return row;
}

/** Locks the row for the rest of the transaction so concurrent steps serialise. */
export async function lockAssessment(tx: DbOrTx, regionCode: string, id: number) {
  const [row] = await tx
    .select()
    .from(a)
    .where(and(eq(a.regionCode, regionCode), eq(a.id, id)))
    .for('update');
  return row;
}

/** The newest assessment of a project (the one the gate reads). */
export async function latestForProject(db: DbOrTx, projectId: number) {
  const [row] = await db.select().from(a).where(eq(a.projectId, projectId)).orderBy(desc(a.id)).limit(1);
  return row;
}

export async function findProject(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.regionCode, regionCode), eq(projects.id, id)));
  return row;
}

export async function insertAssessment(db: DbOrTx, row: typeof a.$inferInsert) {
  const [created] = await db.insert(a).values(row).returning();
  return created;
}

export async function updateAssessment(db: DbOrTx, id: number, patch: Partial<typeof a.$inferInsert>) {
  const [row] = await db
    .update(a)
    .set({ ...patch, version: sql`${a.version} + 1`, updatedAt: sql`now()` })
    .where(eq(a.id, id))
    .returning();
  return row;
}

/**
 * Moves an assessment on from the status and version read (and locked) in this transaction; the UPDATE is guarded
 * on both, so a concurrent double step changes nothing and answers CONFLICT.
 */
export function transitionAssessment(tx: Tx, before: AssessmentRow, patch: Partial<typeof a.$inferInsert>) {
  return transition({
    tx,
    table: a,
    id: before.id,
    state: a.status,
    from: before.status,
    version: before.version,
    set: { ...patch, updatedAt: sql`now()` },
  });
}

export async function costLines(db: DbOrTx, assessmentId: number) {
  return db
    .select()
    .from(exAnteCostLines)
    .where(eq(exAnteCostLines.assessmentId, assessmentId))
    .orderBy(asc(exAnteCostLines.sort), asc(exAnteCostLines.id));
}

export async function replaceCostLines(
  db: DbOrTx,
  assessmentId: number,
  rows: (typeof exAnteCostLines.$inferInsert)[],
) {
  await db.delete(exAnteCostLines).where(eq(exAnteCostLines.assessmentId, assessmentId));
  if (rows.length > 0) await db.insert(exAnteCostLines).values(rows);
}

export async function setLineBenchmark(db: DbOrTx, assessmentId: number, lineId: number, price: number | null) {
  await db
    .update(exAnteCostLines)
    .set({ benchmarkUnitPrice: price })
    .where(and(eq(exAnteCostLines.assessmentId, assessmentId), eq(exAnteCostLines.id, lineId)));
}

export async function panel(db: DbOrTx, assessmentId: number) {
  return db
    .select({
      id: exAntePanelMembers.id,
      expertId: exAntePanelMembers.expertId,
      expertName: experts.name,
      expertTitle: experts.title,
      employer: experts.employer,
      userId: experts.userId,
      isLeader: exAntePanelMembers.isLeader,
      status: exAntePanelMembers.status,
      scores: exAntePanelMembers.scores,
      comments: exAntePanelMembers.comments,
      overallComment: exAntePanelMembers.overallComment,
      submittedAt: exAntePanelMembers.submittedAt,
      version: exAntePanelMembers.version,
    })
    .from(exAntePanelMembers)
    .innerJoin(experts, eq(experts.id, exAntePanelMembers.expertId))
    .where(eq(exAntePanelMembers.assessmentId, assessmentId))
    .orderBy(desc(exAntePanelMembers.isLeader), asc(exAntePanelMembers.id));
}
export type PanelSeat = Awaited<ReturnType<typeof panel>>[number];

export async function replacePanel(db: DbOrTx, assessmentId: number, rows: (typeof exAntePanelMembers.$inferInsert)[]) {
  await db.delete(exAntePanelMembers).where(eq(exAntePanelMembers.assessmentId, assessmentId));
  await db.insert(exAntePanelMembers).values(rows);
}

export async function updateSeat(db: DbOrTx, seatId: number, patch: Partial<typeof exAntePanelMembers.$inferInsert>) {
  await db
    .update(exAntePanelMembers)
    .set({ ...patch, version: sql`${exAntePanelMembers.version} + 1` })
    .where(eq(exAntePanelMembers.id, seatId));
}

/** Projects of a year that have no assessment yet (candidates for one). */
export async function projectsWithoutAssessment(db: DbOrTx, actor: Actor, year: number) {
  return db
    .select({
      id: projects.id,
      code: projects.code,
      name: projects.name,
      status: projects.status,
      budgetType: projects.budgetType,
      isNew: projects.isNew,
      isPolicy: projects.isPolicy,
      designatedForAssessment: projects.designatedForAssessment,
      requestedAmount: projects.requestedAmount,
      unitId: projects.unitId,
      unitCode: sql<string>`(select code from ${orgUnits} where ${orgUnits.id} = ${outer(projects.unitId)})`.mapWith(
        String,
      ),
      departmentId: projects.departmentId,
    })
    .from(projects)
    .where(
      and(
        scopeWhere(actor, { region: projects.regionCode, department: projects.departmentId, unit: projects.unitId }),
        eq(projects.year, year),
        ne(projects.status, 'completed'),
        sql`not exists (select 1 from ${a} where ${a.projectId} = ${projects.id})`,
      ),
    )
    .orderBy(desc(projects.requestedAmount))
    .limit(500);
}
