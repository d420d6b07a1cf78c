import { and, asc, desc, eq, inArray, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { MonitoringRules, WarningColor } from '../../../core/rules/monitoring/index';
import { monitoringEntries, monitoringRounds, orgUnits, projects } from '../../db/schema/index';
import { type AuditInput, audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import * as repo from './repo';
import { recomputeRoundSql } from './warning-sql';

export interface WarningFilter {
  roundId?: number;
  year?: number;
  color?: WarningColor;
  departmentId?: number;
  basis?: 'execution' | 'indicator';
  keyOnly?: boolean;
}

/** The round a warning view is about: the one asked for, else the latest round (of the year). */
export async function currentRound(db: DbOrTx, regionCode: string, roundId?: number, year?: number) {
  if (roundId) return repo.findRound(db, regionCode, roundId);
  const [latest] = await repo.listRounds(db, regionCode, year);
  return latest;
}

/** Entries with a warning (not green unless a color is asked), filtered. */
export async function listWarnings(ctx: Ctx, f: WarningFilter) {
  const round = await currentRound(ctx.db, ctx.actor.regionCode, f.roundId, f.year);
  if (!round) return { round: null, rows: [] };
  const e = monitoringEntries;
  const conds: SQL[] = [repo.entryScope(ctx.actor), eq(e.roundId, round.id), isNotNull(e.warningColor)];
  if (f.color) conds.push(eq(e.warningColor, f.color));
  else conds.push(ne(e.warningColor, 'green'));
  if (f.departmentId) conds.push(eq(e.departmentId, f.departmentId));
  if (f.basis === 'execution') conds.push(inArray(e.executionColor, ['red', 'yellow']));
  if (f.basis === 'indicator') conds.push(inArray(e.indicatorColor, ['red', 'yellow', 'blue']));
  if (f.keyOnly) conds.push(eq(projects.keyProject, true));
  const rows = await repo.entriesQuery(ctx.db, and(...conds) as SQL);
  const rank: Record<string, number> = { red: 0, yellow: 1, blue: 2, green: 3 };
  rows.sort((a, b) => (rank[a.warningColor ?? 'green'] ?? 9) - (rank[b.warningColor ?? 'green'] ?? 9));
  return { round, rows };
}

/** Heat table: warning counts per department for a round. */
export async function heatTable(ctx: Ctx, roundId?: number, year?: number) {
  const round = await currentRound(ctx.db, ctx.actor.regionCode, roundId, year);
  if (!round) return { round: null, rows: [] };
  const e = monitoringEntries;
  const n = (cond: SQL) => sql<number>`count(*) filter (where ${cond})`.mapWith(Number);
  const rows = await ctx.db
    .select({
      departmentId: e.departmentId,
      departmentName: orgUnits.name,
      total: sql<number>`count(*)`.mapWith(Number),
      red: n(sql`${e.warningColor} = 'red'`),
      yellow: n(sql`${e.warningColor} = 'yellow'`),
      green: n(sql`${e.warningColor} = 'green'`),
      blue: n(sql`${e.warningColor} = 'blue'`),
      unfilled: n(sql`${e.warningColor} is null`),
      executionRed: n(sql`${e.executionColor} = 'red'`),
      indicatorRed: n(sql`${e.indicatorColor} = 'red'`),
    })
    .from(e)
    .innerJoin(orgUnits, eq(orgUnits.id, e.departmentId))
    .where(and(repo.entryScope(ctx.actor), eq(e.roundId, round.id)))
    .groupBy(e.departmentId, orgUnits.name, orgUnits.sort)
    .orderBy(asc(orgUnits.sort));
  return { round, rows };
}

/** A project's execution curve: cumulative execution rate per round against time progress. */
export async function projectCurve(db: DbOrTx, actor: Actor, projectId: number) {
  const e = monitoringEntries;
  const rows = await db
    .select({
      roundId: e.roundId,
      roundName: monitoringRounds.name,
      month: monitoringRounds.month,
      paid: e.paid,
      adjustedBudget: e.adjustedBudget,
      executionColor: e.executionColor,
    })
    .from(e)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, e.roundId))
    .where(and(repo.entryScope(actor), eq(e.projectId, projectId), isNotNull(e.paid)))
    .orderBy(asc(monitoringRounds.month), desc(monitoringRounds.id));
  return rows.map((r) => ({
    ...r,
    executionRate: r.adjustedBudget > 0 ? Math.round(((r.paid ?? 0) * 10000) / r.adjustedBudget) / 100 : 0,
    timeProgress: Math.round((r.month * 10000) / 12) / 100,
  }));
}

/** Project curve for the API: NOT_FOUND unless the project is visible. */
export async function getProjectCurve(ctx: Ctx, projectId: number) {
  const [project] = await ctx.db
    .select({ id: projects.id, code: projects.code, name: projects.name })
    .from(projects)
    .innerJoin(monitoringEntries, eq(monitoringEntries.projectId, projects.id))
    .where(and(eq(projects.id, projectId), repo.entryScope(ctx.actor)))
    .limit(1);
  found(project, '项目');
  return { project, points: await projectCurve(ctx.db, ctx.actor, projectId) };
}

/**
 * Recomputes the stored warnings of a whole round from the rules in force (or the rules given), set-based in
 * one SQL statement (warning-sql.ts); only changed rows are written.
 */
export async function recomputeRound(db: DbOrTx, regionCode: string, roundId: number, given?: MonitoringRules) {
  const round = found(await repo.findRound(db, regionCode, roundId), '监控轮次');
  const rules = given ?? (await getRules(db, regionCode, round.year, 'monitoring'));
  return recomputeRoundSql(db, round.id, round.month, rules);
}

/** Finance recomputes a round after the rules changed. */
export async function recomputeRoundWarnings(ctx: Ctx, roundId: number) {
  assertRole(ctx.actor, ['admin', 'finance'], '重新计算预警');
  return write(ctx, async (tx) => {
    const result = await recomputeRound(tx, ctx.actor.regionCode, roundId);
    await audit(tx, ctx, recomputeAuditOf(roundId, result));
    return result;
  });
}

/**
 * The audit event of a round's recompute (manual or background job): one event for the whole round, the project
 * levels before and after, and how many rows changed.
 */
export function recomputeAuditOf(roundId: number, result: Awaited<ReturnType<typeof recomputeRound>>): AuditInput {
  const { before, after, ...counts } = result;
  return {
    entity: 'monitoringRound',
    entityId: roundId,
    action: 'recompute',
    before: { levels: before },
    after: { levels: after, ...counts },
  };
}
