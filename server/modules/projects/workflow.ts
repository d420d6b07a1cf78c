import { eq } from 'drizzle-orm';
import type { TProjectTransition } from '../../../core/contracts/projects';
import { PROJECT_STATUS_LABELS } from '../../../core/contracts/projects';
import { formatWanLabel } from '../../../core/money';
import { projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { checkProjectGates } from '../../platform/gates';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { PROJECT_TRANSITIONS } from './policy';
import * as repo from './repo';
import { recordStep } from './service';

/** Moves a project through the transition table; gates run in the same transaction before the change. */
export async function transitionProject(ctx: Ctx, id: number, input: TProjectTransition) {
  const t = PROJECT_TRANSITIONS[input.action];
  assertRole(ctx.actor, t.roles, '执行此项目操作');
  return write(ctx, async (tx) => {
    const before = found(await repo.findProject(tx, ctx.actor, id), '项目').p;
    if (!(t.from as readonly string[]).includes(before.status)) {
      const label = PROJECT_STATUS_LABELS[before.status as keyof typeof PROJECT_STATUS_LABELS] ?? before.status;
      throw new AppError('INVALID_TRANSITION', `项目当前状态为“${label}”，不能执行该操作`);
    }
    if (input.action === 'return' && !input.reason) throw new AppError('VALIDATION_FAILED', '退回时请填写退回原因');
    const patch: Partial<typeof projects.$inferInsert> = { status: t.to };
    if (input.action === 'budget') {
      const amount = input.amount ?? before.requestedAmount;
      await checkProjectGates(tx, ctx, { projectId: id, action: 'budget', amount });
      patch.approvedAmount = amount;
      patch.adjustedAmount = amount;
    } else if (t.gate) {
      await checkProjectGates(tx, ctx, { projectId: id, action: t.gate, amount: before.requestedAmount });
    }
    const [after] = await tx
      .update(projects)
      .set({ ...patch, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(projects.id, id))
      .returning();
    await recordStep(tx, ctx, id, before.status, t.to, input.reason);
    await audit(tx, ctx, {
      entity: 'project',
      entityId: id,
      action: input.action,
      before,
      after,
      reason: input.reason,
    });
    return after;
  });
}

/** Changes the adjusted budget of a budgeted/executing project (gate 'budget' first). */
export async function adjustBudget(ctx: Ctx, id: number, amount: number, reason: string) {
  assertRole(ctx.actor, ['finance', 'admin'], '调整项目预算');
  return write(ctx, async (tx) => {
    const before = found(await repo.findProject(tx, ctx.actor, id), '项目').p;
    if (!['budgeted', 'executing'].includes(before.status)) {
      throw new AppError('INVALID_TRANSITION', '只有已安排预算或执行中的项目可以调整预算');
    }
    await checkProjectGates(tx, ctx, { projectId: id, action: 'budget', amount });
    const [after] = await tx
      .update(projects)
      .set({ adjustedAmount: amount, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(projects.id, id))
      .returning();
    const why = `调整预算至${formatWanLabel(amount)}：${reason}`;
    await recordStep(tx, ctx, id, before.status, before.status, why);
    await audit(tx, ctx, { entity: 'project', entityId: id, action: 'adjustBudget', before, after, reason });
    return after;
  });
}
