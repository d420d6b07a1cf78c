import { and, asc, count, desc, eq, inArray, ne, notExists, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../core/access';
import type { TTargetListQuery } from '../../../core/contracts/targets';
import {
  libraryIndicators,
  orgUnits,
  projects,
  selfEvaluationIndicators,
  selfEvaluations,
  targetIndicators,
  targets,
} from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { outer } from '../../platform/outer-column';
import { scopeWhere } from '../../platform/scope';

const unit = alias(orgUnits, 'unit');
const dept = alias(orgUnits, 'dept');

export const targetScope = (actor: Actor) =>
  scopeWhere(actor, { region: targets.regionCode, department: targets.departmentId, unit: targets.unitId });

/** Latest version of each project's targets, scoped and filtered. */
export async function listTargets(db: DbOrTx, actor: Actor, q: TTargetListQuery) {
  // No newer version of the project (an anti-join): the planner estimates it from statistics, while the former
  // `version_no = (select max(…))` was guessed at 0.5 % of rows and planned as nested loops over org_unit (110 ms on
  // PGlite for a 3,333-target year; 12–25 ms now).
  const latest = sql`not exists (select 1 from ${targets} t2 where t2.project_id = "performance_target"."project_id" and t2.version_no > "performance_target"."version_no")`;
  const conds: SQL[] = [targetScope(actor), latest];
  if (q.year) conds.push(eq(targets.year, q.year));
  if (q.status) conds.push(eq(targets.status, q.status));
  if (q.departmentId) conds.push(eq(targets.departmentId, q.departmentId));
  if (q.unitId) conds.push(eq(targets.unitId, q.unitId));
  if (q.projectId) conds.push(eq(targets.projectId, q.projectId));
  if (q.q) conds.push(containsAny(q.q, [projects.name, projects.code]));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: targets.id,
        projectId: targets.projectId,
        year: targets.year,
        versionNo: targets.versionNo,
        isCurrent: targets.isCurrent,
        status: targets.status,
        submittedAt: targets.submittedAt,
        approvedAt: targets.approvedAt,
        projectCode: projects.code,
        projectName: projects.name,
        requestedAmount: projects.requestedAmount,
        unitName: unit.name,
        departmentName: dept.name,
        indicatorCount:
          sql<number>`(select count(*) from ${targetIndicators} ti where ti.target_id = ${outer(targets.id)})`.mapWith(
            Number,
          ),
      })
      .from(targets)
      .innerJoin(projects, eq(projects.id, targets.projectId))
      .innerJoin(unit, eq(unit.id, targets.unitId))
      .innerJoin(dept, eq(dept.id, targets.departmentId))
      .where(where)
      .orderBy(desc(targets.updatedAt), desc(targets.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(targets).innerJoin(projects, eq(projects.id, targets.projectId)).where(where),
  ]);
  return { items, total: total.n };
}

export async function findTarget(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select({ t: targets, project: projects, unitName: unit.name, departmentName: dept.name })
    .from(targets)
    .innerJoin(projects, eq(projects.id, targets.projectId))
    .innerJoin(unit, eq(unit.id, targets.unitId))
    .innerJoin(dept, eq(dept.id, targets.departmentId))
    .where(and(eq(targets.id, id), targetScope(actor)));
  return row;
}

export const indicatorsOf = (db: DbOrTx, targetId: number) =>
  db
    .select()
    .from(targetIndicators)
    .where(eq(targetIndicators.targetId, targetId))
    .orderBy(asc(targetIndicators.sort), asc(targetIndicators.id));

export const versionsOf = (db: DbOrTx, projectId: number) =>
  db
    .select({
      id: targets.id,
      versionNo: targets.versionNo,
      isCurrent: targets.isCurrent,
      status: targets.status,
      adjustReason: targets.adjustReason,
      approvedAt: targets.approvedAt,
    })
    .from(targets)
    .where(eq(targets.projectId, projectId))
    .orderBy(asc(targets.versionNo));

/** Last year's actual values (from the previous project's self-evaluation), keyed by indicator name. */
export async function lastYearActuals(db: DbOrTx, previousProjectId: number | null) {
  if (!previousProjectId) return {};
  const rows = await db
    .select({ name: selfEvaluationIndicators.name, actual: selfEvaluationIndicators.actualNumber })
    .from(selfEvaluationIndicators)
    .innerJoin(selfEvaluations, eq(selfEvaluations.id, selfEvaluationIndicators.selfEvaluationId))
    .where(eq(selfEvaluations.projectId, previousProjectId));
  return Object.fromEntries(rows.filter((r) => r.actual !== null).map((r) => [r.name, Number(r.actual)]));
}

/**
 * Indicator names (whitespace removed) that OTHER units' current targets of the same region, year and field also use,
 * among the given names; names of the region's indicator library are standard wording, not copies.
 */
export async function namesUsedByOtherUnits(
  db: DbOrTx,
  p: { regionCode: string; year: number; fieldCode: string; unitId: number },
  names: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(names.map((n) => n.replace(/\s+/g, '')).filter((n) => n !== ''))];
  if (wanted.length === 0) return [];
  const bare = sql<string>`regexp_replace(${targetIndicators.name}, '\\s', '', 'g')`;
  const rows = await db
    .selectDistinct({ name: bare })
    .from(targetIndicators)
    .innerJoin(targets, eq(targets.id, targetIndicators.targetId))
    .innerJoin(projects, eq(projects.id, targets.projectId))
    .where(
      and(
        eq(targets.regionCode, p.regionCode),
        eq(targets.year, p.year),
        eq(targets.isCurrent, true),
        ne(targets.unitId, p.unitId),
        eq(projects.fieldCode, p.fieldCode),
        inArray(bare, wanted),
        notExists(
          db
            .select({ one: sql`1` })
            .from(libraryIndicators)
            .where(
              and(
                eq(libraryIndicators.regionCode, p.regionCode),
                eq(libraryIndicators.year, p.year),
                sql`regexp_replace(${libraryIndicators.name}, '\\s', '', 'g') = ${bare}`,
              ),
            ),
        ),
      ),
    );
  return rows.map((r) => r.name);
}
