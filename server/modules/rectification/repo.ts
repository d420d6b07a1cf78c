import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../core/access';
import type { TRectificationListQuery, TRectificationRow } from '../../../core/contracts/rectification';
import { attachments, orgUnits, projects, rectificationEvents, rectificationItems as ri } from '../../db/schema/index';
import { businessTodaySql } from '../../platform/business-day';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { scopeWhere } from '../../platform/scope';

const unit = alias(orgUnits, 'rect_unit');
const dept = alias(orgUnits, 'rect_dept');

/** Open (not closed out) and past its deadline (by the business date). */
export const overdueSql = sql<boolean>`(${ri.status} <> 'closed' and ${ri.deadline} < ${businessTodaySql})`;

/** Rows the actor may see (experts and agencies see none). */
export const scoped = (actor: Actor) =>
  scopeWhere(actor, { region: ri.regionCode, department: ri.departmentId, unit: ri.unitId });

/** WHERE for list filters, always inside the actor's scope. */
export function listWhere(actor: Actor, q: Partial<TRectificationListQuery>): SQL {
  const conds: (SQL | undefined)[] = [scoped(actor)];
  if (q.year) conds.push(eq(ri.year, q.year));
  if (q.status) conds.push(eq(ri.status, q.status));
  if (q.source) conds.push(eq(ri.source, q.source));
  if (q.severity) conds.push(eq(ri.severity, q.severity));
  if (q.departmentId) conds.push(eq(ri.departmentId, q.departmentId));
  if (q.unitId) conds.push(eq(ri.unitId, q.unitId));
  if (q.projectId) conds.push(eq(ri.projectId, q.projectId));
  if (q.sourceEntity) conds.push(eq(ri.sourceEntity, q.sourceEntity));
  if (q.sourceId) conds.push(eq(ri.sourceId, q.sourceId));
  if (q.overdue === 'true') conds.push(overdueSql);
  if (q.overdue === 'false') conds.push(sql`not ${overdueSql}`);
  if (q.q) conds.push(containsAny(q.q, [ri.problem, ri.requirement]));
  return and(...conds) as SQL;
}

const rowColumns = {
  id: ri.id,
  year: ri.year,
  source: ri.source,
  sourceEntity: ri.sourceEntity,
  sourceId: ri.sourceId,
  projectId: ri.projectId,
  projectName: projects.name,
  unitId: ri.unitId,
  unitName: unit.name,
  departmentId: ri.departmentId,
  departmentName: dept.name,
  problem: ri.problem,
  requirement: ri.requirement,
  severity: ri.severity,
  deadline: ri.deadline,
  responsiblePerson: ri.responsiblePerson,
  status: ri.status,
  overdue: overdueSql,
  closedAt: ri.closedAt,
  createdAt: ri.createdAt,
  version: ri.version,
};

function selectRows(db: DbOrTx) {
  return db
    .select(rowColumns)
    .from(ri)
    .leftJoin(projects, eq(projects.id, ri.projectId))
    .innerJoin(unit, eq(unit.id, ri.unitId))
    .innerJoin(dept, eq(dept.id, ri.departmentId));
}

/** One page of the list plus the total, newest first. */
export async function findPage(db: DbOrTx, where: SQL, page: number, pageSize: number) {
  const [items, [{ total }]] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(desc(ri.year), asc(ri.deadline), desc(ri.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(ri).where(where),
  ]);
  return { items: items as TRectificationRow[], total };
}

/** Every row matching (exports, notices). */
export async function findAll(db: DbOrTx, where: SQL) {
  return (await selectRows(db)
    .where(where)
    .orderBy(asc(ri.departmentId), asc(ri.unitId), asc(ri.id))) as TRectificationRow[];
}

export async function findRow(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await selectRows(db).where(and(scoped(actor), eq(ri.id, id)));
  return row as TRectificationRow | undefined;
}

export async function findEvents(db: DbOrTx, itemId: number) {
  return db
    .select({
      id: rectificationEvents.id,
      action: rectificationEvents.action,
      note: rectificationEvents.note,
      actorName: rectificationEvents.actorName,
      at: rectificationEvents.at,
    })
    .from(rectificationEvents)
    .where(eq(rectificationEvents.itemId, itemId))
    .orderBy(asc(rectificationEvents.id));
}

export async function evidenceCount(db: DbOrTx, itemId: number) {
  const [{ n }] = await db
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, 'rectification'), eq(attachments.ownerId, itemId)));
  return n;
}
