import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TResultsRun } from '../../../core/contracts/results-application';
import { projects, resultsLines, resultsRuns } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { found } from '../../platform/errors';
import { write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import { assertCanDecide, assertCanRead } from './policy';
import { proposeLines } from './propose-lines';
import * as repo from './repo';

/**
 * Builds (or refreshes) the proposal of a work year for next year's budget. Idempotent: decided lines are
 * kept as they are (their adjustment is already applied), only pending lines are recomputed.
 */
export async function generateRun(ctx: Ctx, year: number) {
  assertCanDecide(ctx.actor);
  const region = ctx.actor.regionCode;
  return write(ctx, async (tx) => {
    const rules = await getRules(tx, region, year, 'results');
    const { lines, skipped } = await proposeLines(tx, region, year, rules);
    let run = await repo.findRun(tx, region, year);
    if (run) {
      [run] = await tx
        .update(resultsRuns)
        .set({ rules, generatedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${resultsRuns.version} + 1` })
        .where(eq(resultsRuns.id, run.id))
        .returning();
    } else {
      [run] = await tx
        .insert(resultsRuns)
        .values({ regionCode: region, year, targetYear: year + 1, rules, createdBy: ctx.actor.userId })
        .returning();
    }
    const runId = run.id;
    await tx.delete(resultsLines).where(and(eq(resultsLines.runId, runId), eq(resultsLines.decision, 'pending')));
    const decided = await tx
      .select({ projectId: resultsLines.projectId, nextProjectId: resultsLines.nextProjectId })
      .from(resultsLines)
      .where(eq(resultsLines.runId, runId));
    const done = new Set(decided.flatMap((d) => [`p${d.projectId}`, `n${d.nextProjectId}`]));
    const fresh = lines.filter((l) => !done.has(`p${l.projectId}`) && !done.has(`n${l.nextProjectId}`));
    for (let i = 0; i < fresh.length; i += 300) {
      await tx.insert(resultsLines).values(fresh.slice(i, i + 300).map((l) => ({ ...l, regionCode: region, runId })));
    }
    await audit(tx, ctx, {
      entity: 'resultsRun',
      entityId: runId,
      action: 'generate',
      after: { year, proposed: fresh.length, kept: decided.length, skipped },
    });
    return { runId, proposed: fresh.length, kept: decided.length, skipped };
  });
}

/** The run of a work year with its counts (null when not generated yet). */
export async function getRun(ctx: Ctx, year: number): Promise<TResultsRun | null> {
  assertCanRead(ctx.actor);
  const run = await repo.findRun(ctx.db, ctx.actor.regionCode, year);
  if (!run) return null;
  const s = await repo.runSummary(ctx.db, ctx.actor, run.id);
  return { id: run.id, year: run.year, targetYear: run.targetYear, generatedAt: run.generatedAt, ...s };
}

/** Lines of a run in scope, with optional filters. */
export async function listLines(
  ctx: Ctx,
  runId: number,
  q: { decision?: string; departmentId?: number; action?: string },
) {
  assertCanRead(ctx.actor);
  found(await repo.findRunById(ctx.db, ctx.actor.regionCode, runId), '结果应用批次');
  const conds: SQL[] = [repo.scopedLines(ctx.actor), eq(resultsLines.runId, runId)];
  if (q.decision) conds.push(eq(resultsLines.decision, q.decision));
  if (q.departmentId) conds.push(eq(resultsLines.departmentId, q.departmentId));
  if (q.action) conds.push(eq(resultsLines.proposedAction, q.action));
  return repo.findLines(ctx.db, and(...conds) as SQL);
}

export async function getLine(ctx: Ctx, id: number) {
  assertCanRead(ctx.actor);
  const line = found(await repo.findLine(ctx.db, ctx.actor, id), '调整建议');
  const canDecide = ['admin', 'finance'].includes(ctx.actor.role) && line.decision === 'pending';
  const [next] = await ctx.db
    .select({ requestedAmount: projects.requestedAmount, approvedAmount: projects.approvedAmount })
    .from(projects)
    .where(eq(projects.id, line.nextProjectId));
  const nextProjectBudget = next ? (next.approvedAmount ?? next.requestedAmount) : null;
  return { ...line, nextProjectBudget, allowedActions: canDecide ? ['accept', 'override'] : [] };
}
