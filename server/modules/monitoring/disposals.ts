import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DISPOSAL_KIND_LABELS, type DisposalKind, type TDisposalInput } from '../../../core/contracts/monitoring';
import { validateRecovery, type WarningColor, warningColorLabels } from '../../../core/rules/monitoring/index';
import { monitoringDisposals, monitoringEntries, orgUnits, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { scopeWhere } from '../../platform/scope';
import { write } from '../../platform/tx';
import { raiseRectifications } from '../rectification/raise';
import { adjustProjectTarget } from '../targets/workflow';
import { assertCan, loadEntry } from './entries';
import { suspendPayments } from './payment-holds';

const d = monitoringDisposals;

export function listDisposalsOfEntry(db: DbOrTx, entryId: number) {
  return db.select().from(d).where(eq(d.entryId, entryId)).orderBy(asc(d.id));
}

/** Amount already paid on a project this year: the highest cumulative figure any round reported. */
async function paidSoFar(tx: Tx, projectId: number) {
  const [row] = await tx
    .select({ paid: sql<number>`coalesce(max(${monitoringEntries.paid}), 0)`.mapWith(Number) })
    .from(monitoringEntries)
    .where(eq(monitoringEntries.projectId, projectId));
  return row?.paid ?? 0;
}

/** Reduces the project's adjusted budget (recovery or cut), never below what was paid. */
async function reduceBudget(tx: Tx, ctx: Ctx, projectId: number, kind: DisposalKind, amount: number, reason: string) {
  const [project] = await tx.select().from(projects).where(eq(projects.id, projectId)).for('update');
  const adjusted = project?.adjustedAmount ?? project?.approvedAmount ?? 0;
  const paid = await paidSoFar(tx, projectId);
  const check = validateRecovery({ amount, adjustedBudget: adjusted, paid });
  if (!check.ok) {
    const verb = kind === 'cutBudget' ? '压减' : '收回';
    throw new AppError('VALIDATION_FAILED', check.message.replace('收回', verb), { code: check.code });
  }
  await tx
    .update(projects)
    .set({
      adjustedAmount: check.value.budgetAfter,
      version: sql`${projects.version} + 1`,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(projects.id, projectId));
  await audit(tx, ctx, {
    entity: 'project',
    entityId: projectId,
    action: kind,
    before: { adjustedAmount: adjusted },
    after: { adjustedAmount: check.value.budgetAfter },
    reason,
  });
  return { budgetBefore: adjusted, budgetAfter: check.value.budgetAfter };
}

/** Guards a disposal against a double submit: the entry must still be at the version the user saw. */
async function bumpEntryVersion(tx: Tx, entryId: number, version: number) {
  const rows = await tx
    .update(monitoringEntries)
    .set({ version: sql`${monitoringEntries.version} + 1`, updatedAt: new Date().toISOString() })
    .where(and(eq(monitoringEntries.id, entryId), eq(monitoringEntries.version, version)))
    .returning({ id: monitoringEntries.id });
  if (rows.length === 0) throw new AppError('CONFLICT', '该监控表已被他人处置或修改，请刷新后重试');
}

/**
 * Finance disposes of a warning in one transaction: a recovery or cut reduces the project's adjusted budget,
 * "adjust targets" starts the target's mid-year adjustment (new draft version), urging raises a rectification item,
 * suspending payments puts the project on a payment hold until finance lifts it.
 */
export async function createDisposal(ctx: Ctx, entryId: number, input: TDisposalInput) {
  return write(ctx, async (tx) => {
    const loaded = await loadEntry(tx, ctx, entryId);
    assertCan(ctx, 'dispose', loaded);
    const { entry, round } = loaded;
    if (input.version !== undefined) await bumpEntryVersion(tx, entry.id, input.version);
    let budget: { budgetBefore: number | null; budgetAfter: number | null } = { budgetBefore: null, budgetAfter: null };
    let rectificationItemId: number | null = null;
    if (input.kind === 'recoverFunds' || input.kind === 'cutBudget') {
      budget = await reduceBudget(tx, ctx, entry.projectId, input.kind, input.amount ?? 0, input.reason);
    }
    let adjustedTargetId: number | null = null;
    if (input.kind === 'adjustTargets') {
      const reason = `${round.name}运行监控处置：${input.reason}`.slice(0, 500);
      adjustedTargetId = (await adjustProjectTarget(tx, ctx, entry.projectId, reason)).id;
    }
    if (input.kind === 'urgeRectification') {
      const color = (entry.warningColor ?? 'green') as WarningColor;
      [rectificationItemId] = await raiseRectifications(tx, ctx, [
        {
          year: round.year,
          source: 'monitoring',
          sourceEntity: 'monitoringEntry',
          sourceId: entry.id,
          projectId: entry.projectId,
          unitId: entry.unitId,
          problem: `${round.name}运行监控${warningColorLabels[color]}：${entry.projectName}，${input.reason}`,
          requirement: input.requirement || input.reason,
          severity: color === 'red' ? 'high' : 'medium',
          deadline: input.deadline ?? `${round.year}-12-31`,
        },
      ]);
    }
    const [row] = await tx
      .insert(d)
      .values({
        regionCode: ctx.actor.regionCode,
        year: round.year,
        roundId: round.id,
        entryId: entry.id,
        projectId: entry.projectId,
        unitId: entry.unitId,
        departmentId: entry.departmentId,
        kind: input.kind,
        amount: input.kind === 'recoverFunds' || input.kind === 'cutBudget' ? (input.amount ?? null) : null,
        ...budget,
        reason: input.reason,
        approver: input.approver,
        rectificationItemId,
        createdBy: ctx.actor.userId,
        createdByName: ctx.actor.displayName,
      })
      .returning();
    if (input.kind === 'suspendPayments') {
      const { year, projectId, unitId, departmentId } = row;
      await suspendPayments(tx, ctx, {
        year,
        projectId,
        unitId,
        departmentId,
        entryId: entry.id,
        disposalId: row.id,
        reason: input.reason,
      });
    }
    await audit(tx, ctx, {
      entity: 'monitoringEntry',
      entityId: entry.id,
      action: `dispose.${input.kind}`,
      after: { ...row, label: DISPOSAL_KIND_LABELS[input.kind] },
      reason: input.reason,
    });
    return { ...row, adjustedTargetId };
  });
}

const unit = alias(orgUnits, 'unit');
const dept = alias(orgUnits, 'dept');

/** Disposals visible to the actor, newest first. */
export function listDisposals(ctx: Ctx, f: { year?: number; kind?: DisposalKind; departmentId?: number }) {
  const conds: SQL[] = [scopeWhere(ctx.actor, { region: d.regionCode, department: d.departmentId, unit: d.unitId })];
  if (f.year) conds.push(eq(d.year, f.year));
  if (f.kind) conds.push(eq(d.kind, f.kind));
  if (f.departmentId) conds.push(eq(d.departmentId, f.departmentId));
  return ctx.db
    .select({
      id: d.id,
      year: d.year,
      roundId: d.roundId,
      entryId: d.entryId,
      projectId: d.projectId,
      projectCode: projects.code,
      projectName: projects.name,
      unitName: unit.name,
      departmentId: d.departmentId,
      departmentName: dept.name,
      kind: d.kind,
      amount: d.amount,
      budgetBefore: d.budgetBefore,
      budgetAfter: d.budgetAfter,
      reason: d.reason,
      approver: d.approver,
      rectificationItemId: d.rectificationItemId,
      createdByName: d.createdByName,
      createdAt: d.createdAt,
    })
    .from(d)
    .innerJoin(projects, eq(projects.id, d.projectId))
    .innerJoin(unit, eq(unit.id, d.unitId))
    .innerJoin(dept, eq(dept.id, d.departmentId))
    .where(and(...conds))
    .orderBy(desc(d.createdAt), desc(d.id));
}

/**
 * Recovered funds (收回) of a region and year by department — the figure the annual report quotes.
 * Service function other modules (annual report) call directly.
 */
export async function recoveryTotals(db: DbOrTx, regionCode: string, year: number) {
  const byDepartment = await db
    .select({
      departmentId: d.departmentId,
      departmentName: dept.name,
      amount: sql<number>`sum(${d.amount})`.mapWith(Number),
      count: sql<number>`count(*)`.mapWith(Number),
      projects: sql<number>`count(distinct ${d.projectId})`.mapWith(Number),
    })
    .from(d)
    .innerJoin(dept, eq(dept.id, d.departmentId))
    .where(and(eq(d.regionCode, regionCode), eq(d.year, year), eq(d.kind, 'recoverFunds')))
    .groupBy(d.departmentId, dept.name, dept.sort)
    .orderBy(asc(dept.sort));
  const total = byDepartment.reduce((s, r) => s + r.amount, 0);
  const count = byDepartment.reduce((s, r) => s + r.count, 0);
  const projectsCount = byDepartment.reduce((s, r) => s + r.projects, 0);
  return { year, total, count, projects: projectsCount, byDepartment };
}

/** recoveryTotals(…).total as a one-row subquery (total), for the annual report's single statement. */
export function recoveredTotalSql(regionCode: string, year: number): SQL {
  return sql`select coalesce(sum(${d.amount}), 0) as total from ${d} join ${orgUnits} as dept on dept.id = ${d.departmentId}
    where ${d.regionCode} = ${regionCode} and ${d.year} = ${year} and ${d.kind} = 'recoverFunds'`;
}

/** Recovery totals as the actor may see them: region-wide roles all departments, others their own. */
export async function visibleRecoveryTotals(ctx: Ctx, year: number) {
  const totals = await recoveryTotals(ctx.db, ctx.actor.regionCode, year);
  if (['admin', 'finance', 'leader'].includes(ctx.actor.role)) return totals;
  const own = totals.byDepartment.filter((r) => r.departmentId === ctx.actor.departmentId);
  const sum = (k: 'amount' | 'count' | 'projects') => own.reduce((s, r) => s + r[k], 0);
  return { year, total: sum('amount'), count: sum('count'), projects: sum('projects'), byDepartment: own };
}
