import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../core/access';
import {
  monitoringEntries,
  monitoringIndicators,
  monitoringRounds,
  orgUnits,
  projects,
  targetIndicators,
} from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { scopeWhere } from '../../platform/scope';

export type RoundRow = typeof monitoringRounds.$inferSelect;
export type EntryRow = typeof monitoringEntries.$inferSelect;

export const entryScope = (actor: Actor) =>
  scopeWhere(actor, {
    region: monitoringEntries.regionCode,
    department: monitoringEntries.departmentId,
    unit: monitoringEntries.unitId,
  });

export async function findRound(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(monitoringRounds)
    .where(and(eq(monitoringRounds.regionCode, regionCode), eq(monitoringRounds.id, id)));
  return row;
}

export async function listRounds(db: DbOrTx, regionCode: string, year?: number) {
  const conds: SQL[] = [eq(monitoringRounds.regionCode, regionCode)];
  if (year) conds.push(eq(monitoringRounds.year, year));
  return db
    .select()
    .from(monitoringRounds)
    .where(and(...conds))
    .orderBy(desc(monitoringRounds.year), desc(monitoringRounds.month));
}

/**
 * Puts every in-scope project into the round, set-based: the year's budgeted/executing projects with an
 * approved current target; each gets its entry and one progress row per indicator of that target.
 */
export async function populateRound(db: DbOrTx, round: RoundRow) {
  const inserted = await db.execute(sql`
    insert into monitoring_entry (region_code, round_id, project_id, target_id, year, unit_id, department_id,
                                  annual_budget, adjusted_budget)
    select p.region_code, ${round.id}, p.id, t.id, p.year, p.unit_id, p.department_id,
           coalesce(p.approved_amount, 0), coalesce(p.adjusted_amount, p.approved_amount, 0)
    from project p
    join performance_target t on t.project_id = p.id and t.is_current and t.status = 'approved'
    where p.region_code = ${round.regionCode} and p.year = ${round.year} and p.status in ('budgeted', 'executing')
    on conflict (round_id, project_id) do nothing`);
  await db.execute(sql`
    insert into monitoring_indicator (region_code, entry_id, target_indicator_id)
    select e.region_code, e.id, ti.id
    from monitoring_entry e join target_indicator ti on ti.target_id = e.target_id
    where e.round_id = ${round.id}
    on conflict (entry_id, target_indicator_id) do nothing`);
  return inserted.rowCount ?? 0;
}

const dept = alias(orgUnits, 'dept');
const unit = alias(orgUnits, 'unit');

/** Entry columns with the project and org names every list shows. */
export const entryListColumns = {
  id: monitoringEntries.id,
  roundId: monitoringEntries.roundId,
  projectId: monitoringEntries.projectId,
  projectCode: projects.code,
  projectName: projects.name,
  keyProject: projects.keyProject,
  unitId: monitoringEntries.unitId,
  unitName: unit.name,
  departmentId: monitoringEntries.departmentId,
  departmentName: dept.name,
  annualBudget: monitoringEntries.annualBudget,
  adjustedBudget: monitoringEntries.adjustedBudget,
  projectAdjustedAmount: projects.adjustedAmount,
  fundsReceived: monitoringEntries.fundsReceived,
  paid: monitoringEntries.paid,
  status: monitoringEntries.status,
  filledAt: monitoringEntries.filledAt,
  returnComment: monitoringEntries.returnComment,
  reopened: monitoringEntries.reopened,
  executionColor: monitoringEntries.executionColor,
  executionV: monitoringEntries.executionV,
  indicatorColor: monitoringEntries.indicatorColor,
  warningColor: monitoringEntries.warningColor,
  version: monitoringEntries.version,
};

export function entriesQuery(db: DbOrTx, where: SQL) {
  return db
    .select(entryListColumns)
    .from(monitoringEntries)
    .innerJoin(projects, eq(projects.id, monitoringEntries.projectId))
    .innerJoin(unit, eq(unit.id, monitoringEntries.unitId))
    .innerJoin(dept, eq(dept.id, monitoringEntries.departmentId))
    .where(where)
    .orderBy(asc(dept.sort), asc(unit.sort), asc(projects.code));
}

export interface EntryFilter {
  status?: string;
  color?: string;
  departmentId?: number;
  q?: string;
}

export function entryFilter(f: EntryFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.status) conds.push(eq(monitoringEntries.status, f.status));
  if (f.color) conds.push(eq(monitoringEntries.warningColor, f.color));
  if (f.departmentId) conds.push(eq(monitoringEntries.departmentId, f.departmentId));
  if (f.q) conds.push(containsAny(f.q, [projects.name, projects.code]));
  return conds;
}

export async function findEntry(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await entriesQuery(db, and(entryScope(actor), eq(monitoringEntries.id, id)) as SQL);
  return row;
}

/** Indicator rows of an entry beside the target's definition. */
export function entryIndicators(db: DbOrTx, entryIds: number[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: monitoringIndicators.id,
      entryId: monitoringIndicators.entryId,
      targetIndicatorId: monitoringIndicators.targetIndicatorId,
      level1: targetIndicators.level1,
      level2: targetIndicators.level2,
      name: targetIndicators.name,
      operator: targetIndicators.operator,
      targetValue: targetIndicators.targetValue,
      targetNumber: targetIndicators.targetNumber,
      unit: targetIndicators.unit,
      currentValue: monitoringIndicators.currentValue,
      expectedValue: monitoringIndicators.expectedValue,
      currentText: monitoringIndicators.currentText,
      likelihood: monitoringIndicators.likelihood,
      reasons: monitoringIndicators.reasons,
      note: monitoringIndicators.note,
      color: monitoringIndicators.color,
      v: monitoringIndicators.v,
    })
    .from(monitoringIndicators)
    .innerJoin(targetIndicators, eq(targetIndicators.id, monitoringIndicators.targetIndicatorId))
    .where(inArray(monitoringIndicators.entryId, entryIds))
    .orderBy(asc(monitoringIndicators.entryId), asc(targetIndicators.sort), asc(targetIndicators.id));
}

export type IndicatorRow = Awaited<ReturnType<typeof entryIndicators>>[number];

/** Per-department coverage of a round: in scope, filled, submitted or further, approved. */
export function coverage(db: DbOrTx, actor: Actor, roundId: number) {
  const e = monitoringEntries;
  return db
    .select({
      departmentId: e.departmentId,
      departmentName: dept.name,
      inScope: sql<number>`count(*)`.mapWith(Number),
      filled: sql<number>`count(*) filter (where ${e.filledAt} is not null)`.mapWith(Number),
      submitted:
        sql<number>`count(*) filter (where ${e.status} in ('submitted','departmentApproved','approved'))`.mapWith(
          Number,
        ),
      approved: sql<number>`count(*) filter (where ${e.status} = 'approved')`.mapWith(Number),
      units: sql<number>`count(distinct ${e.unitId})`.mapWith(Number),
    })
    .from(e)
    .innerJoin(dept, eq(dept.id, e.departmentId))
    .where(and(entryScope(actor), eq(e.roundId, roundId)))
    .groupBy(e.departmentId, dept.name, dept.sort)
    .orderBy(asc(dept.sort));
}

/** Units with entries not yet submitted in a round, with their counts. */
export function unfinishedUnits(db: DbOrTx, scope: SQL, roundId: number) {
  const e = monitoringEntries;
  return db
    .select({
      unitId: e.unitId,
      unitName: unit.name,
      departmentName: dept.name,
      pending: sql<number>`count(*)`.mapWith(Number),
    })
    .from(e)
    .innerJoin(unit, eq(unit.id, e.unitId))
    .innerJoin(dept, eq(dept.id, e.departmentId))
    .where(and(scope, eq(e.roundId, roundId), inArray(e.status, ['draft', 'returned'])))
    .groupBy(e.unitId, unit.name, dept.name, dept.sort, unit.sort)
    .orderBy(asc(dept.sort), asc(unit.sort));
}
