import { and, eq, ne } from 'drizzle-orm';
import type { TAgencyInput, ZAgencyServiceInput, ZAgencyStatusInput } from '../../../core/contracts/agencies';
import type { z } from '../../../core/zod';
import { agencies, agencyEngagements, agencyServices } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import * as repo from './repo';

export { cancelEngagement, engageAgency } from './engage';
export { addPayment, getEngagement, listEngagements } from './engagement-read';
export { scoreEngagement } from './quality';

const FINANCE = ['admin', 'finance'] as const;

export async function listAgencies(ctx: Ctx) {
  const rows = await repo.listAgencies(ctx.db, ctx.actor);
  return rows.map((r) => ({ ...r.agency, engagements: r.engagements, averageScore: r.averageScore }));
}

/** Agency detail: registry data, other services (conflict records), engagements and the history of its scores. */
export async function getAgency(ctx: Ctx, id: number) {
  const agency = found(await repo.findAgency(ctx.db, ctx.actor, id), '第三方机构');
  const [services, engagements] = await Promise.all([
    repo.listServices(ctx.db, id),
    repo.listEngagements(ctx.db, ctx.actor, [eq(agencies.id, id)]),
  ]);
  const isFinance = FINANCE.includes(ctx.actor.role as (typeof FINANCE)[number]);
  return {
    ...agency,
    services: services.map((s) => ({ ...s.service, orgName: s.orgName })),
    engagements: engagements.map((e) => ({
      ...e.engagement,
      evaluationName: e.evaluationName,
      evaluationStage: e.evaluationStage,
      paid: e.paid,
    })),
    scoreHistory: engagements
      .filter((e) => e.engagement.qualityScore !== null)
      .map((e) => ({
        engagementId: e.engagement.id,
        year: e.engagement.year,
        evaluationName: e.evaluationName,
        score: e.engagement.qualityScore,
        paymentPercent: e.engagement.paymentPercent,
        creditEffect: e.engagement.creditEffect,
        scoredAt: e.engagement.scoredAt,
      })),
    allowedActions: isFinance ? ['edit', 'setStatus', 'addService'] : [],
  };
}

async function assertOrgFree(db: DbOrTx, ctx: Ctx, orgId: number | null | undefined, selfId: number | null) {
  if (!orgId) return;
  const node = await repo.orgNode(db, ctx.actor.regionCode, orgId);
  if (node?.kind !== 'external') throw new AppError('VALIDATION_FAILED', '关联机构节点必须是“外部机构”类型');
  const taken = await repo.agenciesByOrg(db, ctx.actor.regionCode, [orgId]);
  if (taken.some((a) => a.id !== selfId)) throw new AppError('DUPLICATE', '该外部机构节点已关联其他第三方机构');
}

/** Adds an agency to the registry (名录库). */
export async function createAgency(ctx: Ctx, input: TAgencyInput) {
  assertRole(ctx.actor, FINANCE, '维护第三方机构库');
  await assertOrgFree(ctx.db, ctx, input.orgId, null);
  const [dup] = await ctx.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.regionCode, ctx.actor.regionCode), eq(agencies.name, input.name)));
  if (dup) throw new AppError('DUPLICATE', `机构“${input.name}”已在机构库中`);
  const { version: _v, ...values } = input;
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(agencies)
      .values({ ...values, orgId: input.orgId ?? null, regionCode: ctx.actor.regionCode })
      .returning();
    await audit(tx, ctx, { entity: 'agency', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function updateAgency(ctx: Ctx, id: number, input: TAgencyInput) {
  assertRole(ctx.actor, FINANCE, '维护第三方机构库');
  const before = found(await repo.findAgency(ctx.db, ctx.actor, id), '第三方机构');
  assertVersion(before.version, input.version);
  await assertOrgFree(ctx.db, ctx, input.orgId, id);
  const [dup] = await ctx.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.regionCode, ctx.actor.regionCode), eq(agencies.name, input.name), ne(agencies.id, id)));
  if (dup) throw new AppError('DUPLICATE', `机构“${input.name}”已在机构库中`);
  const { version: _v, ...values } = input;
  return write(ctx, async (tx) => {
    const [row] = await tx
      .update(agencies)
      .set({ ...values, orgId: input.orgId ?? null, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(agencies.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'agency', entityId: id, action: 'update', before, after: row });
    return row;
  });
}

/** Suspends, reinstates or removes an agency, with the reason. */
export async function setAgencyStatus(ctx: Ctx, id: number, input: z.infer<typeof ZAgencyStatusInput>) {
  assertRole(ctx.actor, FINANCE, '调整第三方机构状态');
  const before = found(await repo.findAgency(ctx.db, ctx.actor, id), '第三方机构');
  if (before.status === input.status) throw new AppError('INVALID_TRANSITION', '机构已处于该状态');
  return write(ctx, async (tx) => {
    const [row] = await tx
      .update(agencies)
      .set({
        status: input.status,
        statusReason: input.reason,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(agencies.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'agency',
      entityId: id,
      action: 'setStatus',
      before: { status: before.status },
      after: { status: row.status },
      reason: input.reason,
    });
    return row;
  });
}

/** Records other work the agency did for a unit or department (the conflict-of-interest register). */
export async function addService(ctx: Ctx, agencyId: number, input: z.infer<typeof ZAgencyServiceInput>) {
  assertRole(ctx.actor, FINANCE, '登记机构服务记录');
  found(await repo.findAgency(ctx.db, ctx.actor, agencyId), '第三方机构');
  const node = await repo.orgNode(ctx.db, ctx.actor.regionCode, input.orgId);
  if (node?.kind !== 'budgetUnit' && node?.kind !== 'department')
    throw new AppError('VALIDATION_FAILED', '服务对象必须是本区划的主管部门或预算单位');
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(agencyServices)
      .values({ ...input, agencyId, regionCode: ctx.actor.regionCode })
      .returning();
    await audit(tx, ctx, { entity: 'agency', entityId: agencyId, action: 'addService', after: row });
    return row;
  });
}

registerDocument('agencyEngagement', {
  label: '机构委托',
  canRead: async (ctx, id) =>
    (await repo.listEngagements(ctx.db, ctx.actor, [eq(agencyEngagements.id, id)])).length > 0,
  canAttach: async (ctx) => FINANCE.includes(ctx.actor.role as (typeof FINANCE)[number]),
});
