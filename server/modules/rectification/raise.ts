import { and, eq, inArray } from 'drizzle-orm';
import { RECTIFICATION_SOURCES, type RectificationSource } from '../../../core/contracts/rectification';
import { orgUnits, rectificationEvents, rectificationItems } from '../../db/schema/index';
import { auditMany, openTasks } from '../../platform/bulk';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';

export { RECTIFICATION_SOURCES, type RectificationSource };

export interface RaiseRectificationInput {
  year: number;
  source: RectificationSource;
  /** The document that raised it, for the link back (e.g. 'selfEvaluation', 42). */
  sourceEntity?: string | null;
  sourceId?: number | null;
  projectId?: number | null;
  unitId: number;
  problem: string;
  requirement: string;
  severity?: 'high' | 'medium' | 'low';
  /** ISO date YYYY-MM-DD. */
  deadline: string;
  responsiblePerson?: string | null;
  /** When the item was issued (ISO timestamp); defaults to now. Seeders use it to backdate demo data. */
  issuedAt?: string;
}

const CHUNK = 400;

/**
 * The one way every module puts items on the rectification list: inside the caller's transaction,
 * with the unit's to-do task and an audit event per item. Set-based (a few INSERTs whatever the count).
 * Returns the new item ids in input order.
 */
export async function raiseRectifications(tx: Tx, ctx: Pick<Ctx, 'actor' | 'ip'>, inputs: RaiseRectificationInput[]) {
  if (inputs.length === 0) return [];
  const unitIds = [...new Set(inputs.map((i) => i.unitId))];
  const units = await tx
    .select({ id: orgUnits.id, departmentId: orgUnits.departmentId, kind: orgUnits.kind })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, ctx.actor.regionCode), inArray(orgUnits.id, unitIds)));
  const deptOf = new Map(units.filter((u) => u.kind === 'budgetUnit').map((u) => [u.id, u.departmentId]));
  // Validate everything before the first INSERT: nothing half-written.
  const values = inputs.map((input) => {
    const departmentId = deptOf.get(input.unitId);
    if (!departmentId) throw new AppError('VALIDATION_FAILED', '整改单位必须是本区划的预算单位');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.deadline))
      throw new AppError('VALIDATION_FAILED', '整改期限格式应为 YYYY-MM-DD');
    if (!RECTIFICATION_SOURCES.includes(input.source))
      throw new AppError('VALIDATION_FAILED', `整改来源“${input.source}”无效`);
    if (!input.problem.trim() || !input.requirement.trim())
      throw new AppError('VALIDATION_FAILED', '整改问题和整改要求不能为空');
    return {
      regionCode: ctx.actor.regionCode,
      year: input.year,
      source: input.source,
      sourceEntity: input.sourceEntity ?? null,
      sourceId: input.sourceId ?? null,
      projectId: input.projectId ?? null,
      unitId: input.unitId,
      departmentId,
      problem: input.problem.slice(0, 1000),
      requirement: input.requirement.slice(0, 1000),
      severity: input.severity ?? 'medium',
      deadline: input.deadline,
      responsiblePerson: input.responsiblePerson ?? null,
      createdBy: ctx.actor.userId,
      ...(input.issuedAt ? { createdAt: input.issuedAt, updatedAt: input.issuedAt } : {}),
    };
  });

  const rows: (typeof rectificationItems.$inferSelect)[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    rows.push(
      ...(await tx
        .insert(rectificationItems)
        .values(values.slice(i, i + CHUNK))
        .returning()),
    );
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(rectificationEvents).values(
      rows.slice(i, i + CHUNK).map((row) => ({
        itemId: row.id,
        action: 'issue',
        note: row.requirement,
        actorId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        at: row.createdAt,
      })),
    );
  }
  await openTasks(
    tx,
    rows.map((row) => ({
      regionCode: ctx.actor.regionCode,
      kind: 'rectification.fix',
      title: `整改事项：${row.problem.slice(0, 60)}`,
      entity: 'rectification',
      entityId: row.id,
      link: `/rectification/items/${row.id}`,
      assigneeRole: 'unit' as const,
      assigneeOrgId: row.unitId,
      deadline: row.deadline,
    })),
  );
  await auditMany(
    tx,
    ctx,
    rows.map((row) => ({ entity: 'rectification', entityId: row.id, action: 'create', after: row })),
  );
  return rows.map((r) => r.id);
}
