import { and, desc, eq } from 'drizzle-orm';
import type { JobKind } from '../../../core/enums';
import { validateRuleArea } from '../../../core/rules/rule-catalogues';
import { defaultRuleSet, type RuleArea, type RuleSet } from '../../../core/rules/rule-set';
import { ruleSets } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { enqueue } from '../../platform/jobs/index';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';

/** The rules in force for a region, year and area: the newest stored version, else the national default. */
export async function getRules<A extends RuleArea>(
  db: DbOrTx,
  regionCode: string,
  year: number,
  area: A,
): Promise<RuleSet[A]> {
  const [row] = await db
    .select({ data: ruleSets.data })
    .from(ruleSets)
    .where(and(eq(ruleSets.regionCode, regionCode), eq(ruleSets.year, year), eq(ruleSets.area, area)))
    .orderBy(desc(ruleSets.versionNo))
    .limit(1);
  return (row?.data as RuleSet[A] | undefined) ?? defaultRuleSet[area];
}

/** Version history of one area. */
export async function listRuleVersions(ctx: Ctx, year: number, area: RuleArea) {
  return ctx.db
    .select()
    .from(ruleSets)
    .where(and(eq(ruleSets.regionCode, ctx.actor.regionCode), eq(ruleSets.year, year), eq(ruleSets.area, area)))
    .orderBy(desc(ruleSets.versionNo));
}

/** The background job that brings stored results in line with a rule area's new version. */
const followUpJobs: Partial<Record<RuleArea, JobKind>> = {
  monitoring: 'monitoring.recomputeYear',
  review: 'reviews.rerunChecks',
};

/** Stores a new version of an area's rules for a year (finance/admin), audited with the reason. */
export async function saveRules(ctx: Ctx, year: number, area: RuleArea, data: unknown, note: string) {
  assertRole(ctx.actor, ['admin', 'finance'], '修改规则');
  // The same checks as the form (core/rules/rule-catalogues.ts): shape, ranges, codes, sums and band order.
  const issues = validateRuleArea(area, data);
  if (issues.length > 0) {
    const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
    throw new AppError('VALIDATION_FAILED', `${issues[0].message}${more}`, { issues });
  }
  return write(ctx, async (tx) => {
    const [latest] = await tx
      .select({ versionNo: ruleSets.versionNo })
      .from(ruleSets)
      .where(and(eq(ruleSets.regionCode, ctx.actor.regionCode), eq(ruleSets.year, year), eq(ruleSets.area, area)))
      .orderBy(desc(ruleSets.versionNo))
      .limit(1);
    const before = await getRules(tx, ctx.actor.regionCode, year, area);
    const [row] = await tx
      .insert(ruleSets)
      .values({
        regionCode: ctx.actor.regionCode,
        year,
        area,
        versionNo: (latest?.versionNo ?? 0) + 1,
        data,
        note,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, { entity: 'ruleSet', entityId: row.id, action: 'update', before, after: data, reason: note });
    // New rules apply to what is stored under the old ones: the year's warnings are recomputed, the open review
    // samples checked again, in the background, queued with the save.
    const kind = followUpJobs[area];
    const job = kind ? await enqueue(tx, ctx, { kind, targetRegion: ctx.actor.regionCode, payload: { year } }) : null;
    return { ...row, recomputeJobId: job?.id ?? null };
  });
}
