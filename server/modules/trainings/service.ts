import { and, eq } from 'drizzle-orm';
import type { TTrainingInput } from '../../../core/contracts/trainings';
import { orgUnits, trainingSessions } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { scopeWhere } from '../../platform/scope';
import { assertVersion, write } from '../../platform/tx';
import * as repo from './repo';

export const ENTITY = 'trainingSession';
const manage = (ctx: Ctx) => ctx.actor.role === 'finance' || ctx.actor.role === 'admin';

// Materials (课件、签到表扫描件) are attachments of the session.
registerDocument(ENTITY, {
  label: '宣讲培训',
  canRead: async (ctx, id) => !!(await repo.findSession(ctx.db, ctx.actor.regionCode, id)),
  canAttach: async (ctx, id) => {
    const s = await repo.findSession(ctx.db, ctx.actor.regionCode, id);
    return manage(ctx) && !!s && !s.cancelledAt;
  },
});

/** Sessions of a year (everyone in the region sees the training calendar), with the number of units reached. */
export async function listTrainings(ctx: Ctx, q: { year?: number; page: number; pageSize: number }) {
  return repo.listSessions(ctx.db, ctx.actor.regionCode, q);
}

export async function getTraining(ctx: Ctx, id: number) {
  const s = found(await repo.findSession(ctx.db, ctx.actor.regionCode, id), '宣讲培训');
  const units = await repo.findAttendingUnits(ctx.db, id);
  const allowedActions = manage(ctx) && !s.cancelledAt ? ['edit', 'cancel', 'importAttendance'] : [];
  return { ...s, units, allowedActions };
}

/** A session that may still be changed by finance (exists in the region, not cancelled, version matches). */
export async function editableSession(ctx: Ctx, id: number, version: number | undefined) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护宣讲培训');
  const s = found(await repo.findSession(ctx.db, ctx.actor.regionCode, id), '宣讲培训');
  if (s.cancelledAt) throw new AppError('INVALID_TRANSITION', '该宣讲培训已取消，不能再修改');
  assertVersion(s.version, version);
  return s;
}

async function budgetUnitsById(ctx: Ctx, ids: number[]) {
  const rows = ids.length ? await repo.findBudgetUnits(ctx.db, ctx.actor.regionCode, { ids }) : [];
  if (rows.length !== ids.length) throw new AppError('VALIDATION_FAILED', '参训单位中存在无效的预算单位');
  return rows;
}

/** Creates or replaces a session and its attending units in one transaction. */
export async function saveTraining(ctx: Ctx, id: number | null, input: TTrainingInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护宣讲培训');
  const before = id ? await editableSession(ctx, id, input.version) : null;
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
      sessionId = before.id;
    } else {
      const [row] = await tx
        .insert(trainingSessions)
        .values({ ...values, regionCode: ctx.actor.regionCode, createdBy: ctx.actor.userId })
        .returning({ id: trainingSessions.id });
      sessionId = row.id;
    }
    await repo.writeAttendance(tx, ctx.actor.regionCode, sessionId, units, 'replace');
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

/** Cancels a session: it stays listed with the reason but no longer counts for coverage or the annual report. */
export async function cancelTraining(ctx: Ctx, id: number, input: { reason: string; version: number }) {
  const before = await editableSession(ctx, id, input.version);
  return write(ctx, async (tx) => {
    const now = new Date().toISOString();
    // Conditional on the version read: two concurrent cancels → one succeeds, the other gets CONFLICT.
    const done = await tx
      .update(trainingSessions)
      .set({ cancelledAt: now, cancelReason: input.reason, version: before.version + 1, updatedAt: now })
      .where(and(eq(trainingSessions.id, id), eq(trainingSessions.version, before.version)))
      .returning({ id: trainingSessions.id });
    if (!done.length) throw new AppError('CONFLICT');
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: 'cancel', before, reason: input.reason });
    return { id, cancelledAt: now };
  });
}

/** Sessions and distinct units reached in a work year (for the annual report and the cockpit). */
export function trainingTotals(db: DbOrTx, regionCode: string, year: number) {
  return repo.countYear(db, regionCode, year);
}

/** The same totals as a one-row subquery (sessions, units), for the annual report's single statement. */
export const trainingTotalsSql = repo.countYearSql;

/**
 * The caller's budget units reached in a year (a department counts its own units, as the list of those not reached
 * does), the list of those not reached, sessions by mode.
 */
export async function trainingCoverage(ctx: Ctx, year: number) {
  const regionCode = ctx.actor.regionCode;
  const totals = await repo.countYear(ctx.db, regionCode, year);
  const byMode = await repo.countByMode(ctx.db, regionCode, year);
  const reached = await repo.findReachedUnitIds(ctx.db, regionCode, year);
  const allUnits = await repo.findScopedBudgetUnits(
    ctx.db,
    scopeWhere(ctx.actor, { region: orgUnits.regionCode, department: orgUnits.departmentId, unit: orgUnits.id }),
  );
  const notReached = allUnits.filter((u) => !reached.has(u.id));
  return {
    year,
    sessions: totals.sessions,
    unitsReached: allUnits.length - notReached.length,
    budgetUnits: allUnits.length,
    byMode,
    notReached,
  };
}
