import { and, asc, count, countDistinct, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TTrainingInput } from '../../../core/contracts/trainings';
import { orgUnits, trainingAttendances, trainingSessions } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { scopeWhere } from '../../platform/scope';
import { assertVersion, write } from '../../platform/tx';

const ENTITY = 'trainingSession';
const manage = (ctx: Ctx) => ctx.actor.role === 'finance' || ctx.actor.role === 'admin';

async function findSession(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.regionCode, regionCode), eq(trainingSessions.id, id)));
  return row;
}

registerDocument(ENTITY, {
  label: '宣讲培训',
  canRead: async (ctx, id) => !!(await findSession(ctx.db, ctx.actor.regionCode, id)),
  canAttach: async (ctx, id) => manage(ctx) && !!(await findSession(ctx.db, ctx.actor.regionCode, id)),
});

/** Sessions of a year (everyone in the region sees the training calendar), with the number of units reached. */
export async function listTrainings(ctx: Ctx, q: { year?: number; page: number; pageSize: number }) {
  const where = and(
    eq(trainingSessions.regionCode, ctx.actor.regionCode),
    q.year ? eq(trainingSessions.year, q.year) : undefined,
  );
  const unitCount =
    sql<number>`(select count(*) from ${trainingAttendances} a where a.session_id = ${trainingSessions.id})`.mapWith(
      Number,
    );
  const [items, [total]] = await Promise.all([
    ctx.db
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
        unitCount,
      })
      .from(trainingSessions)
      .where(where)
      .orderBy(desc(trainingSessions.heldOn))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(trainingSessions).where(where),
  ]);
  return { items, total: total.n };
}

export async function getTraining(ctx: Ctx, id: number) {
  const s = found(await findSession(ctx.db, ctx.actor.regionCode, id), '宣讲培训');
  const units = await ctx.db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(trainingAttendances)
    .innerJoin(orgUnits, eq(orgUnits.id, trainingAttendances.unitId))
    .where(eq(trainingAttendances.sessionId, id))
    .orderBy(asc(orgUnits.code));
  return { ...s, units, allowedActions: manage(ctx) ? ['edit'] : [] };
}

async function budgetUnitsById(ctx: Ctx, ids: number[]) {
  if (!ids.length) return [];
  const rows = await ctx.db
    .select({ id: orgUnits.id, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(
      and(eq(orgUnits.regionCode, ctx.actor.regionCode), eq(orgUnits.kind, 'budgetUnit'), inArray(orgUnits.id, ids)),
    );
  if (rows.length !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', '参训单位中存在无效的预算单位');
  return rows;
}

/** Creates or replaces a session and its attending units in one transaction. */
export async function saveTraining(ctx: Ctx, id: number | null, input: TTrainingInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护宣讲培训');
  const before = id ? found(await findSession(ctx.db, ctx.actor.regionCode, id), '宣讲培训') : null;
  if (before) assertVersion(before.version, input.version);
  const units = await budgetUnitsById(ctx, [...new Set(input.unitIds)]);
  const { unitIds: _u, version: _v, ...fields } = input;
  const values = { ...fields, year: Number(input.heldOn.slice(0, 4)) };
  return write(ctx, async (tx) => {
    let sessionId: number;
    if (before) {
      await tx
        .update(trainingSessions)
        .set({ ...values, version: before.version + 1, updatedAt: new Date().toISOString() })
        .where(eq(trainingSessions.id, before.id));
      await tx.delete(trainingAttendances).where(eq(trainingAttendances.sessionId, before.id));
      sessionId = before.id;
    } else {
      const [row] = await tx
        .insert(trainingSessions)
        .values({ ...values, regionCode: ctx.actor.regionCode, createdBy: ctx.actor.userId })
        .returning({ id: trainingSessions.id });
      sessionId = row.id;
    }
    if (units.length) {
      await tx.insert(trainingAttendances).values(
        units.map((u) => ({
          regionCode: ctx.actor.regionCode,
          sessionId,
          unitId: u.id,
          departmentId: u.departmentId ?? u.id,
        })),
      );
    }
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: sessionId,
      action: before ? 'update' : 'create',
      before,
      after: { ...values, units: units.length },
    });
    return { id: sessionId };
  });
}

/** Distinct budget units reached in a year, the list of those not reached, sessions by mode. */
export async function trainingCoverage(ctx: Ctx, year: number) {
  const regionCode = ctx.actor.regionCode;
  const yearSessions = and(eq(trainingSessions.regionCode, regionCode), eq(trainingSessions.year, year));
  const [[totals], byMode, reached, allUnits] = await Promise.all([
    ctx.db
      .select({ sessions: countDistinct(trainingSessions.id), units: countDistinct(trainingAttendances.unitId) })
      .from(trainingSessions)
      .leftJoin(trainingAttendances, eq(trainingAttendances.sessionId, trainingSessions.id))
      .where(yearSessions),
    ctx.db
      .select({ mode: trainingSessions.mode, sessions: count() })
      .from(trainingSessions)
      .where(yearSessions)
      .groupBy(trainingSessions.mode),
    ctx.db
      .selectDistinct({ unitId: trainingAttendances.unitId })
      .from(trainingAttendances)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendances.sessionId))
      .where(yearSessions),
    ctx.db
      .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
      .from(orgUnits)
      .where(
        and(
          scopeWhere(ctx.actor, { region: orgUnits.regionCode, department: orgUnits.departmentId, unit: orgUnits.id }),
          eq(orgUnits.kind, 'budgetUnit'),
          eq(orgUnits.active, true),
        ),
      )
      .orderBy(asc(orgUnits.code)),
  ]);
  const reachedIds = new Set(reached.map((r) => r.unitId));
  return {
    year,
    sessions: totals?.sessions ?? 0,
    unitsReached: totals?.units ?? 0,
    budgetUnits: allUnits.length,
    byMode,
    notReached: allUnits.filter((u) => !reachedIds.has(u.id)),
  };
}
