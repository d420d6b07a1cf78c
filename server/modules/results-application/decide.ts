import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { TResultsOverride } from '../../../core/contracts/results-application';
import { projects, resultsLines } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import { auditMany } from '../../platform/bulk';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { checkProjectGates } from '../../platform/gates';
import { assertVersion, write } from '../../platform/tx';
import { assertCanDecide } from './policy';
import * as repo from './repo';

type Line = NonNullable<Awaited<ReturnType<typeof repo.findLine>>>;

/**
 * Sets next year's budget to base + change, exactly once per line: the line leaves `pending` in the same
 * statement that claims it, so a repeated or concurrent accept can never cut twice.
 */
async function decideAndApply(
  ctx: Ctx,
  tx: Tx,
  line: Line,
  decision: { kind: 'accepted' | 'overridden'; action: string; change: number; reason: string | null },
) {
  const [p] = await tx
    .select({ id: projects.id, requestedAmount: projects.requestedAmount, approvedAmount: projects.approvedAmount })
    .from(projects)
    .where(and(eq(projects.id, line.nextProjectId), eq(projects.regionCode, ctx.actor.regionCode)));
  const next = found(p, '下年度项目');
  const field = next.approvedAmount !== null ? 'approvedAmount' : 'requestedAmount';
  const base = next.approvedAmount ?? next.requestedAmount;
  const value = Math.max(0, base + decision.change);
  if (field === 'approvedAmount')
    await checkProjectGates(tx, ctx, { projectId: next.id, action: 'budget', amount: value });
  const [claimed] = await tx
    .update(resultsLines)
    .set({
      decision: decision.kind,
      finalAction: decision.action,
      finalChange: value - base,
      overrideReason: decision.reason,
      decidedBy: ctx.actor.userId,
      decidedByName: ctx.actor.displayName,
      decidedAt: sql`now()`,
      appliedField: field,
      appliedBase: base,
      appliedAt: sql`now()`,
      version: sql`${resultsLines.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(resultsLines.id, line.id), eq(resultsLines.decision, 'pending')))
    .returning({ id: resultsLines.id });
  if (!claimed) throw alreadyDecided();
  await tx
    .update(projects)
    .set({ [field]: value, version: sql`${projects.version} + 1`, updatedAt: sql`now()` })
    .where(eq(projects.id, next.id));
  await audit(tx, ctx, {
    entity: 'project',
    entityId: next.id,
    action: 'resultsAdjust',
    before: { [field]: base },
    after: { [field]: value },
    reason: decision.reason ?? line.reason,
  });
  await audit(tx, ctx, {
    entity: 'resultsLine',
    entityId: line.id,
    action: decision.kind === 'accepted' ? 'accept' : 'override',
    before: { decision: 'pending', proposedChange: line.proposedChange },
    after: { decision: decision.kind, finalAction: decision.action, finalChange: value - base },
    reason: decision.reason,
  });
  return { lineId: line.id, projectId: next.id, field, before: base, after: value };
}

const alreadyDecided = () => new AppError('INVALID_TRANSITION', '该调整建议已确认并已应用到下年度预算，不能重复应用');

async function pendingLine(ctx: Ctx, tx: Tx, id: number, version?: number) {
  const line = found(await repo.findLine(tx, ctx.actor, id), '调整建议');
  if (line.decision !== 'pending') throw alreadyDecided();
  assertVersion(line.version, version);
  return line;
}

/** Finance accepts the proposal as is; next year's budget changes by the proposed amount. */
export async function acceptLine(ctx: Ctx, id: number, version?: number) {
  assertCanDecide(ctx.actor);
  return write(ctx, async (tx) => {
    const line = await pendingLine(ctx, tx, id, version);
    return decideAndApply(ctx, tx, line, {
      kind: 'accepted',
      action: line.proposedAction,
      change: line.proposedChange,
      reason: null,
    });
  });
}

/** Finance sets its own budget for next year instead of the proposal; a reason is mandatory. */
export async function overrideLine(ctx: Ctx, id: number, input: TResultsOverride) {
  assertCanDecide(ctx.actor);
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', '调整建议须填写理由');
  return write(ctx, async (tx) => {
    const line = await pendingLine(ctx, tx, id, input.version);
    return decideAndApply(ctx, tx, line, {
      kind: 'overridden',
      action: input.action,
      change: input.newBudget - line.budgetBefore,
      reason,
    });
  });
}

/** Accepts every pending line of the run in scope (idempotent: decided lines are left alone). */
export async function acceptAll(ctx: Ctx, runId: number) {
  assertCanDecide(ctx.actor);
  return write(ctx, async (tx) => {
    found(await repo.findRunById(tx, ctx.actor.regionCode, runId), '结果应用批次');
    const lines = await repo.findLines(
      tx,
      and(repo.scopedLines(ctx.actor), eq(resultsLines.runId, runId), eq(resultsLines.decision, 'pending')) as SQL,
    );
    // Lines that change nothing (prioritise / fund as needed) are accepted in one statement.
    const unchanged = lines.filter((l) => l.proposedChange === 0);
    await acceptUnchanged(ctx, tx, unchanged);
    let change = 0;
    for (const line of lines.filter((l) => l.proposedChange !== 0)) {
      const r = await decideAndApply(ctx, tx, line, {
        kind: 'accepted',
        action: line.proposedAction,
        change: line.proposedChange,
        reason: null,
      });
      change += r.after - r.before;
    }
    return { accepted: lines.length, change };
  });
}

/** Accepts pending lines whose proposal leaves next year's budget as it is: one UPDATE, audited. */
export async function acceptUnchanged(ctx: Ctx, tx: Tx, lines: Line[]) {
  const ids = lines.filter((l) => l.proposedChange === 0 && l.decision === 'pending').map((l) => l.id);
  if (ids.length === 0) return 0;
  const done = await tx
    .update(resultsLines)
    .set({
      decision: 'accepted',
      finalAction: sql`${resultsLines.proposedAction}`,
      finalChange: 0,
      decidedBy: ctx.actor.userId,
      decidedByName: ctx.actor.displayName,
      decidedAt: sql`now()`,
      appliedAt: sql`now()`,
      version: sql`${resultsLines.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(inArray(resultsLines.id, ids), eq(resultsLines.decision, 'pending')))
    .returning({ id: resultsLines.id, finalAction: resultsLines.finalAction });
  await auditMany(
    tx,
    ctx,
    done.map((d) => ({
      entity: 'resultsLine',
      entityId: d.id,
      action: 'accept',
      after: { decision: 'accepted', finalAction: d.finalAction, finalChange: 0 },
    })),
  );
  return done.length;
}
