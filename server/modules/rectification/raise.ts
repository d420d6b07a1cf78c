import { and, eq, inArray } from 'drizzle-orm';
import { orgUnits, rectificationEvents, rectificationItems } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { openTask } from '../../platform/inbox';

export const RECTIFICATION_SOURCES = [
  'targetReview',
  'exAnte',
  'monitoring',
  'selfEvaluationReview',
  'keyEvaluation',
  'audit',
] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

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
}

/**
 * The one way every module puts items on the rectification list: inside the caller's transaction,
 * with the unit's to-do task and an audit event per item. Returns the new item ids.
 */
export async function raiseRectifications(tx: Tx, ctx: Ctx, inputs: RaiseRectificationInput[]) {
  if (inputs.length === 0) return [];
  const unitIds = [...new Set(inputs.map((i) => i.unitId))];
  const units = await tx
    .select({ id: orgUnits.id, departmentId: orgUnits.departmentId, kind: orgUnits.kind })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, ctx.actor.regionCode), inArray(orgUnits.id, unitIds)));
  const deptOf = new Map(units.filter((u) => u.kind === 'budgetUnit').map((u) => [u.id, u.departmentId]));
  const ids: number[] = [];
  for (const input of inputs) {
    const departmentId = deptOf.get(input.unitId);
    if (!departmentId) throw new AppError('VALIDATION_FAILED', '整改单位必须是本区划的预算单位');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.deadline))
      throw new AppError('VALIDATION_FAILED', '整改期限格式应为 YYYY-MM-DD');
    const [row] = await tx
      .insert(rectificationItems)
      .values({
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
      })
      .returning();
    await tx.insert(rectificationEvents).values({
      itemId: row.id,
      action: 'issue',
      note: input.requirement.slice(0, 1000),
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
    });
    await openTask(tx, {
      regionCode: ctx.actor.regionCode,
      kind: 'rectification.fix',
      title: `整改事项：${input.problem.slice(0, 60)}`,
      entity: 'rectification',
      entityId: row.id,
      link: `/rectification/${row.id}`,
      assigneeRole: 'unit',
      assigneeOrgId: input.unitId,
      deadline: input.deadline,
    });
    await audit(tx, ctx, { entity: 'rectification', entityId: row.id, action: 'create', after: row });
    ids.push(row.id);
  }
  return ids;
}
