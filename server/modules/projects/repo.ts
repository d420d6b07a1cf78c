import { and, count, eq, ilike, inArray, type SQL, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Actor, inScope, scopeOf } from '../../../core/access';
import type { TProjectListQuery } from '../../../core/contracts/projects';
import { orgUnits, projectSteps, projects, targets } from '../../db/schema/index';
import type { Db, DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { idsInRegion, outsideTransaction, preparedFor } from '../../platform/prepared';
import { scopeWhere } from '../../platform/scope';
import { searchGrams } from '../../platform/search-grams';
import { stampCached } from '../../platform/stamp-cache';
import { listOrder, pageIds, SEARCH_CAP, searchMatches } from './list-page';

const unit = alias(orgUnits, 'unit');
const dept = alias(orgUnits, 'dept');

export const projectScope = (actor: Actor) =>
  scopeWhere(actor, { region: projects.regionCode, department: projects.departmentId, unit: projects.unitId });

function filters(actor: Actor, q: Partial<TProjectListQuery>): SQL {
  const conds: SQL[] = [projectScope(actor)];
  if (q.year) conds.push(eq(projects.year, q.year));
  if (q.status) conds.push(eq(projects.status, q.status));
  if (q.departmentId) conds.push(eq(projects.departmentId, q.departmentId));
  if (q.unitId) conds.push(eq(projects.unitId, q.unitId));
  if (q.fieldCode) conds.push(eq(projects.fieldCode, q.fieldCode));
  if (q.budgetType) conds.push(eq(projects.budgetType, q.budgetType));
  if (q.projectKind) conds.push(eq(projects.projectKind, q.projectKind));
  if (q.keyProject) conds.push(eq(projects.keyProject, q.keyProject === 'true'));
  if (q.q) conds.push(searchGrams(q.q, [projects.name, projects.code]));
  return and(...conds) as SQL;
}

const rowColumns = {
  id: projects.id,
  year: projects.year,
  code: projects.code,
  name: projects.name,
  unitId: projects.unitId,
  unitName: unit.name,
  departmentId: projects.departmentId,
  departmentName: dept.name,
  fieldCode: projects.fieldCode,
  budgetType: projects.budgetType,
  projectKind: projects.projectKind,
  isNew: projects.isNew,
  requestedAmount: projects.requestedAmount,
  approvedAmount: projects.approvedAmount,
  adjustedAmount: projects.adjustedAmount,
  status: projects.status,
  keyProject: projects.keyProject,
  targetStatus: sql<
    string | null
  >`(select t.status from ${targets} t where t.project_id = "project"."id" order by t.version_no desc limit 1)`,
};

const selectRows = (db: DbOrTx) =>
  db
    .select(rowColumns)
    .from(projects)
    .innerJoin(unit, eq(unit.id, projects.unitId))
    .innerJoin(dept, eq(dept.id, projects.departmentId));

/** A page's rows by id, in list order, as a named prepared statement (platform/prepared.ts). */
const pageQueries = preparedFor((db) => ({
  byIds: selectRows(db)
    .where(idsInRegion(projects.id, projects.regionCode))
    .orderBy(...listOrder)
    .prepare('project_page_by_ids'),
}));

/** The rows of a page of ids still inside the actor's scope (cached ids must not outlive a row leaving it). */
async function pageRows(db: DbOrTx, actor: Actor, ids: number[]) {
  const pool = outsideTransaction(db);
  if (!pool)
    return selectRows(db)
      .where(and(inArray(projects.id, ids), projectScope(actor)))
      .orderBy(...listOrder);
  const rows = await pageQueries(pool).byIds.execute({ ids, region: actor.regionCode });
  return rows.filter((r) =>
    inScope(actor, { regionCode: actor.regionCode, departmentId: r.departmentId, unitId: r.unitId }),
  );
}

async function computeTotals(db: DbOrTx, where: SQL) {
  const [totals] = await db
    .select({
      total: count(),
      requested: sum(projects.requestedAmount).mapWith(Number),
      approved: sum(projects.approvedAmount).mapWith(Number),
      adjusted: sum(projects.adjustedAmount).mapWith(Number),
    })
    .from(projects)
    .where(where);
  return {
    total: totals.total,
    sums: { requested: totals.requested ?? 0, approved: totals.approved ?? 0, adjusted: totals.adjusted ?? 0 },
  };
}

/** Cache key of the totals: the actor's scope and every filter (not the page). */
function totalsKey(actor: Actor, q: Partial<TProjectListQuery>) {
  const { page: _p, pageSize: _s, ...f } = q;
  const s = scopeOf(actor);
  const who = s.kind === 'department' ? s.departmentId : s.kind === 'unit' ? s.unitId : s.kind === 'assigned' ? 0 : '';
  return `${s.kind}:${who}|${JSON.stringify(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)))}`;
}

/**
 * One page of the scoped project list (see pageIds) with totals (分) over the whole filter, recomputed only
 * when the region's projects change; a keyword search counts and sums at most `cap` matches (list-page.ts).
 */
export async function listProjects(db: DbOrTx, actor: Actor, q: TProjectListQuery, all = false, cap = SEARCH_CAP) {
  const where = filters(actor, q);
  const key = totalsKey(actor, q);
  // A keyword's walk in list order checks ILIKE alone (list-page.ts); without one it is the filter itself.
  const walked = q.q
    ? (and(filters(actor, { ...q, q: undefined }), containsAny(q.q, [projects.name, projects.code])) as SQL)
    : where;
  const matches = q.q
    ? await stampCached(db, actor.regionCode, 'project', `${key}|${cap}`, () => searchMatches(db, where, walked, cap))
    : null;
  const items = all
    ? await selectRows(db)
        .where(where)
        .orderBy(...listOrder)
        .limit(100_000)
    : await pageRows(db, actor, await pageIds(db, walked, q, matches));
  if (matches) return { items, total: matches.total, totalCapped: matches.capped, sums: matches.sums };
  const totals = await stampCached(db, actor.regionCode, 'project', key, () => computeTotals(db, where));
  return { items, ...totals, totalCapped: false };
}

export async function findProject(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select({ p: projects, unitName: unit.name, departmentName: dept.name })
    .from(projects)
    .innerJoin(unit, eq(unit.id, projects.unitId))
    .innerJoin(dept, eq(dept.id, projects.departmentId))
    .where(and(eq(projects.id, id), projectScope(actor)));
  return row;
}

/** The detail page's reads as named prepared statements (platform/prepared.ts). */
const detailQueries = preparedFor((db) => ({
  project: db
    .select({ p: projects, unitName: unit.name, departmentName: dept.name })
    .from(projects)
    .innerJoin(unit, eq(unit.id, projects.unitId))
    .innerJoin(dept, eq(dept.id, projects.departmentId))
    .where(and(eq(projects.id, sql.placeholder('id')), eq(projects.regionCode, sql.placeholder('region'))))
    .prepare('project_detail'),
  steps: db
    .select()
    .from(projectSteps)
    .where(eq(projectSteps.projectId, sql.placeholder('id')))
    .orderBy(projectSteps.id)
    .prepare('project_detail_steps'),
}));

/** A project with its unit and department names and its steps, if inside the actor's scope (same rule as projectScope). */
export async function projectDetail(db: Db, actor: Actor, id: number) {
  const q = detailQueries(db);
  const [row] = await q.project.execute({ id, region: actor.regionCode });
  if (!row || !inScope(actor, row.p)) return undefined;
  return { ...row, steps: await q.steps.execute({ id }) };
}

export async function stepsOf(db: DbOrTx, projectId: number) {
  return db.select().from(projectSteps).where(eq(projectSteps.projectId, projectId)).orderBy(projectSteps.id);
}

export async function codeTaken(db: DbOrTx, regionCode: string, year: number, code: string, exceptId?: number) {
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.regionCode, regionCode), eq(projects.year, year), eq(projects.code, code)));
  return rows.some((r) => r.id !== exceptId);
}

/** Next free code `<year>-<unitCode>-NNN`. */
export async function nextCode(db: DbOrTx, regionCode: string, year: number, unitCode: string) {
  const prefix = `${year}-${unitCode}-`;
  const rows = await db
    .select({ code: projects.code })
    .from(projects)
    .where(and(eq(projects.regionCode, regionCode), eq(projects.year, year), ilike(projects.code, `${prefix}%`)));
  const max = rows.reduce((m, r) => Math.max(m, Number(r.code.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
