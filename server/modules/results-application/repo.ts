import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Actor, scopeOf } from '../../../core/access';
import type { TResultsLine } from '../../../core/contracts/results-application';
import { orgUnits, projects, resultsRuns, resultsLines as rl } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { scopeWhere } from '../../platform/scope';

const unit = alias(orgUnits, 'ra_unit');
const dept = alias(orgUnits, 'ra_dept');

export const scopedLines = (actor: Actor) =>
  scopeWhere(actor, { region: rl.regionCode, department: rl.departmentId, unit: rl.unitId });

export async function findRun(db: DbOrTx, region: string, year: number) {
  const [run] = await db
    .select()
    .from(resultsRuns)
    .where(and(eq(resultsRuns.regionCode, region), eq(resultsRuns.year, year)));
  return run;
}

export async function findRunById(db: DbOrTx, region: string, id: number) {
  const [run] = await db
    .select()
    .from(resultsRuns)
    .where(and(eq(resultsRuns.regionCode, region), eq(resultsRuns.id, id)));
  return run;
}

export async function findLines(db: DbOrTx, where: SQL): Promise<TResultsLine[]> {
  const list = await db
    .select({
      id: rl.id,
      runId: rl.runId,
      projectId: rl.projectId,
      nextProjectId: rl.nextProjectId,
      unitId: rl.unitId,
      unitName: unit.name,
      departmentId: rl.departmentId,
      departmentName: dept.name,
      projectName: rl.projectName,
      projectKind: rl.projectKind,
      evaluationKind: rl.evaluationKind,
      grade: rl.grade,
      score: rl.score,
      openRectifications: rl.openRectifications,
      evidence: rl.evidence,
      budgetBefore: rl.budgetBefore,
      proposedAction: rl.proposedAction,
      proposedCutPercent: rl.proposedCutPercent,
      proposedChange: rl.proposedChange,
      reason: rl.reason,
      decision: rl.decision,
      finalAction: rl.finalAction,
      finalChange: rl.finalChange,
      overrideReason: rl.overrideReason,
      decidedByName: rl.decidedByName,
      decidedAt: rl.decidedAt,
      appliedAt: rl.appliedAt,
      version: rl.version,
    })
    .from(rl)
    .innerJoin(unit, eq(unit.id, rl.unitId))
    .innerJoin(dept, eq(dept.id, rl.departmentId))
    .where(where)
    .orderBy(asc(rl.departmentId), asc(rl.unitId), asc(rl.id));
  return list as TResultsLine[];
}

export async function findLine(db: DbOrTx, actor: Actor, id: number) {
  const [line] = await findLines(db, and(scopedLines(actor), eq(rl.id, id)) as SQL);
  return line;
}

/** Counts and sums of a run's lines (in the actor's scope). */
export async function runSummary(db: DbOrTx, actor: Actor, runId: number) {
  const [s] = await db
    .select({
      lines: sql<number>`count(*)`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${rl.decision} = 'pending')`.mapWith(Number),
      accepted: sql<number>`count(*) filter (where ${rl.decision} = 'accepted')`.mapWith(Number),
      overridden: sql<number>`count(*) filter (where ${rl.decision} = 'overridden')`.mapWith(Number),
      proposedChange: sql<number>`coalesce(sum(${rl.proposedChange}), 0)`.mapWith(Number),
      decidedChange: sql<number>`coalesce(sum(${rl.finalChange}), 0)`.mapWith(Number),
    })
    .from(rl)
    .where(and(scopedLines(actor), eq(rl.runId, runId)));
  return s;
}

/** The ids of the projects a department (or unit) reader may see; null for region-wide readers. */
export async function projectsInScope(db: DbOrTx, actor: Actor | undefined) {
  if (!actor || scopeOf(actor).kind === 'region') return null;
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(
      scopeWhere(actor, { region: projects.regionCode, department: projects.departmentId, unit: projects.unitId }),
    );
  return new Set(rows.map((r) => r.id));
}
