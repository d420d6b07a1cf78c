import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TKeyRecordInput } from '../../../core/contracts/monitoring';
import { monitoringKeyRecords, orgUnits, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { scopeWhere } from '../../platform/scope';
import { write } from '../../platform/tx';

const projectScope = (ctx: Ctx) =>
  scopeWhere(ctx.actor, { region: projects.regionCode, department: projects.departmentId, unit: projects.unitId });

async function findProject(db: DbOrTx, ctx: Ctx, id: number) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(projectScope(ctx), eq(projects.id, id)));
  return found(row, '项目');
}

const unit = alias(orgUnits, 'unit');
const dept = alias(orgUnits, 'dept');

/** Key projects of a year with their tracking record counts and latest reported payment. */
export function listKeyProjects(ctx: Ctx, year: number) {
  const r = monitoringKeyRecords;
  return ctx.db
    .select({
      id: projects.id,
      code: projects.code,
      name: projects.name,
      unitName: unit.name,
      departmentName: dept.name,
      adjustedAmount: projects.adjustedAmount,
      records: sql<number>`(select count(*) from ${r} where ${r.projectId} = ${projects.id})`.mapWith(Number),
      siteVisits:
        sql<number>`(select count(*) from ${r} where ${r.projectId} = ${projects.id} and ${r.kind} = 'siteVisit')`.mapWith(
          Number,
        ),
      lastPaid: sql<
        number | null
      >`(select max(paid) from monitoring_entry me where me.project_id = ${projects.id})`.mapWith((v) =>
        v === null ? null : Number(v),
      ),
    })
    .from(projects)
    .innerJoin(unit, eq(unit.id, projects.unitId))
    .innerJoin(dept, eq(dept.id, projects.departmentId))
    .where(and(projectScope(ctx), eq(projects.year, year), eq(projects.keyProject, true)) as SQL)
    .orderBy(asc(dept.sort), asc(projects.code));
}

/** Finance marks or unmarks a project for closer tracking (重点跟踪). */
export async function setKeyProject(ctx: Ctx, projectId: number, keyProject: boolean) {
  assertRole(ctx.actor, ['admin', 'finance'], '设置重点跟踪项目');
  return write(ctx, async (tx) => {
    const before = await findProject(tx, ctx, projectId);
    await tx
      .update(projects)
      .set({ keyProject, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(projects.id, projectId));
    await audit(tx, ctx, {
      entity: 'project',
      entityId: projectId,
      action: keyProject ? 'markKey' : 'unmarkKey',
      before: { keyProject: before.keyProject },
      after: { keyProject },
    });
    return { id: projectId, keyProject };
  });
}

export async function listKeyRecords(ctx: Ctx, projectId: number) {
  const project = await findProject(ctx.db, ctx, projectId);
  const records = await ctx.db
    .select()
    .from(monitoringKeyRecords)
    .where(eq(monitoringKeyRecords.projectId, projectId))
    .orderBy(desc(monitoringKeyRecords.createdAt), desc(monitoringKeyRecords.id));
  return {
    project: { id: project.id, code: project.code, name: project.name, keyProject: project.keyProject },
    records,
  };
}

/** Adds a monthly entry (unit or finance), a tracking note or a site-visit record (finance) to a key project. */
export async function addKeyRecord(ctx: Ctx, projectId: number, input: TKeyRecordInput) {
  const allowed = input.kind === 'monthly' ? ['admin', 'finance', 'unit'] : ['admin', 'finance'];
  assertRole(ctx.actor, allowed as ('admin' | 'finance' | 'unit')[], '填写重点项目跟踪记录');
  if (input.kind === 'monthly' && (input.month === undefined || input.paid === undefined)) {
    throw new AppError('VALIDATION_FAILED', '月度执行须填写月份和累计支付数');
  }
  if (input.kind === 'siteVisit' && !input.visitDate) throw new AppError('VALIDATION_FAILED', '实地核查须填写核查日期');
  return write(ctx, async (tx) => {
    const project = await findProject(tx, ctx, projectId);
    if (!project.keyProject) throw new AppError('INVALID_TRANSITION', '该项目不是重点跟踪项目');
    const budget = project.adjustedAmount ?? 0;
    if (input.paid !== undefined && input.paid > budget) {
      throw new AppError('VALIDATION_FAILED', '累计支付数不能超过调整后预算');
    }
    const [row] = await tx
      .insert(monitoringKeyRecords)
      .values({
        regionCode: ctx.actor.regionCode,
        projectId,
        year: project.year,
        unitId: project.unitId,
        departmentId: project.departmentId,
        kind: input.kind,
        month: input.month ?? null,
        paid: input.paid ?? null,
        visitDate: input.visitDate ?? null,
        participants: input.participants,
        content: input.content,
        createdBy: ctx.actor.userId,
        createdByName: ctx.actor.displayName,
      })
      .returning();
    await audit(tx, ctx, { entity: 'monitoringKeyRecord', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

async function keyRecordVisible(ctx: Ctx, id: number) {
  const [row] = await ctx.db
    .select({ id: monitoringKeyRecords.id, kind: monitoringKeyRecords.kind })
    .from(monitoringKeyRecords)
    .where(
      and(
        eq(monitoringKeyRecords.id, id),
        scopeWhere(ctx.actor, {
          region: monitoringKeyRecords.regionCode,
          department: monitoringKeyRecords.departmentId,
          unit: monitoringKeyRecords.unitId,
        }),
      ),
    );
  return row;
}

// Site-visit photos and minutes hang on the record through the platform's attachments.
registerDocument('monitoringKeyRecord', {
  label: '重点项目跟踪记录',
  canRead: async (ctx, id) => Boolean(await keyRecordVisible(ctx, id)),
  canAttach: async (ctx, id) =>
    ['admin', 'finance'].includes(ctx.actor.role) ||
    (ctx.actor.role === 'unit' && (await keyRecordVisible(ctx, id))?.kind === 'monthly'),
});
