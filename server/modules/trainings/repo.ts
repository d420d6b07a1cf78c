import { and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { orgUnits, trainingAttendances, trainingSessions } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { outer } from '../../platform/outer-column';

/** Sessions that count: held or planned, not cancelled. */
const counted = isNull(trainingSessions.cancelledAt);

export async function findSession(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.regionCode, regionCode), eq(trainingSessions.id, id)));
  return row;
}

export async function listSessions(
  db: DbOrTx,
  regionCode: string,
  q: { year?: number; page: number; pageSize: number },
) {
  const where = and(
    eq(trainingSessions.regionCode, regionCode),
    q.year ? eq(trainingSessions.year, q.year) : undefined,
  );
  const unitCount =
    sql<number>`(select count(*) from ${trainingAttendances} a where a.session_id = ${outer(trainingSessions.id)})`.mapWith(
      Number,
    );
  const items = await db
    .select({
      id: trainingSessions.id,
      year: trainingSessions.year,
      title: trainingSessions.title,
      mode: trainingSessions.mode,
      topic: trainingSessions.topic,
      heldOn: trainingSessions.heldOn,
      location: trainingSessions.location,
      audience: trainingSessions.audience,
      speaker: trainingSessions.speaker,
      version: trainingSessions.version,
      cancelledAt: trainingSessions.cancelledAt,
      cancelReason: trainingSessions.cancelReason,
      unitCount,
    })
    .from(trainingSessions)
    .where(where)
    .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(trainingSessions).where(where);
  return { items, total: total.n };
}

export async function findAttendingUnits(db: DbOrTx, sessionId: number) {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(trainingAttendances)
    .innerJoin(orgUnits, eq(orgUnits.id, trainingAttendances.unitId))
    .where(eq(trainingAttendances.sessionId, sessionId))
    .orderBy(asc(orgUnits.code));
}

/** Budget units of the region matched by id, code or full name (for the form and the sign-in sheet). */
export async function findBudgetUnits(db: DbOrTx, regionCode: string, by: { ids?: number[]; keys?: string[] }) {
  const match = by.ids
    ? inArray(orgUnits.id, by.ids.length ? by.ids : [0])
    : or(inArray(orgUnits.code, by.keys?.length ? by.keys : ['']), inArray(orgUnits.name, by.keys ?? ['']));
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.kind, 'budgetUnit'), match));
}

/** Sessions (not cancelled) and distinct units reached in a year. */
export async function countYear(db: DbOrTx, regionCode: string, year: number) {
  const [row] = (await db.execute(countYearSql(regionCode, year))).rows;
  return { sessions: Number(row?.sessions ?? 0), units: Number(row?.units ?? 0) };
}

/** countYear as a one-row subquery (sessions, units), for a statement that reads several figures at once. */
export function countYearSql(regionCode: string, year: number): SQL {
  const s = trainingSessions;
  const a = trainingAttendances;
  return sql`select count(distinct ${s.id}) as sessions, count(distinct ${a.unitId}) as units
    from ${s} left join ${a} on ${a.sessionId} = ${s.id}
    where ${s.regionCode} = ${regionCode} and ${s.year} = ${year} and ${counted}`;
}

export async function countByMode(db: DbOrTx, regionCode: string, year: number) {
  return db
    .select({ mode: trainingSessions.mode, sessions: count() })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.regionCode, regionCode), eq(trainingSessions.year, year), counted))
    .groupBy(trainingSessions.mode);
}

export async function findReachedUnitIds(db: DbOrTx, regionCode: string, year: number) {
  const rows = await db
    .selectDistinct({ unitId: trainingAttendances.unitId })
    .from(trainingAttendances)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendances.sessionId))
    .where(and(eq(trainingSessions.regionCode, regionCode), eq(trainingSessions.year, year), counted));
  return new Set(rows.map((r) => r.unitId));
}

/** Active budget units the actor may see (for the coverage list). */
export async function findScopedBudgetUnits(db: DbOrTx, scope: SQL | undefined) {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(and(scope, eq(orgUnits.kind, 'budgetUnit'), eq(orgUnits.active, true)))
    .orderBy(asc(orgUnits.code));
}

/** Replaces (or, with `add`, extends) the attending units of a session. */
export async function writeAttendance(
  tx: DbOrTx,
  regionCode: string,
  sessionId: number,
  units: { id: number; departmentId: number | null }[],
  mode: 'replace' | 'add',
) {
  if (mode === 'replace') await tx.delete(trainingAttendances).where(eq(trainingAttendances.sessionId, sessionId));
  if (!units.length) return;
  await tx
    .insert(trainingAttendances)
    .values(units.map((u) => ({ regionCode, sessionId, unitId: u.id, departmentId: u.departmentId ?? u.id })))
    .onConflictDoNothing();
}
