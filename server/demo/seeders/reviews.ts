/**
 * The 2025 review batch (year reviewed 2024): a reproducible draw (rules + seeded random) grown until it covers
 * the report's 39 units; the 16 checks run on the sample exactly as in the product; reviewers accept a
 * deterministic subset and add their own suggestions so that the accepted suggestions count 287 — counted from
 * rows, never stored as a total. The reviewers re-score every sample through the workpaper (review-scores.ts) before
 * concluding it; the worst samples are returned for rectification.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { SampleReason, TSamplingInput } from '../../../core/contracts/reviews';
import { groupBy } from '../../../core/group-by';
import { reviewBatches, reviewFindings, reviewSamples, selfEvaluations } from '../../db/schema/index';
import { raiseRectifications } from '../../modules/rectification/raise';
import { buildFindings } from '../../modules/reviews/checks';
import { loadCheckData, samplingCandidates } from '../../modules/reviews/repo';
import { drawSample } from '../../modules/reviews/sampling';
import { screenYear } from '../../modules/reviews/screening';
import { getRules } from '../../modules/rule-sets/service';
import { reviewerSuggestions } from '../catalog/texts';
import { seedFinanceCtx } from './rectification';
import { rescoreSamples } from './review-scores';
import type { SeedContext } from './types';

export const REVIEW_TARGET = { units: 39, suggestions: 287 };
const SEVERITY_ORDER = { P0: 0, P1: 1, P2: 2 } as const;

/** Smallest random count for which the draw covers `units` units (or everything there is). */
function growDraw(candidates: Parameters<typeof drawSample>[0], base: TSamplingInput, units: number) {
  let params = base;
  let drawn = drawSample(candidates, params, new Set());
  const unitsOf = (d: Map<number, SampleReason[]>) =>
    new Set(candidates.filter((c) => d.has(c.id)).map((c) => c.unitId)).size;
  while (unitsOf(drawn) < units && drawn.size < candidates.length) {
    params = { ...params, randomCount: params.randomCount + 1 };
    drawn = drawSample(candidates, params, new Set());
  }
  return { params, drawn };
}

export async function seedReviews(s: SeedContext) {
  const { tx, regionCode } = s;
  const ctx = await seedFinanceCtx(s);
  if (!ctx) return;
  const [batch] = await tx
    .insert(reviewBatches)
    .values({
      regionCode,
      year: 2024,
      workYear: 2025,
      name: '2025年度部门项目支出绩效自评复核',
      createdBy: ctx.actor.userId,
    })
    .returning();
  const candidates = await samplingCandidates(tx, regionCode, 2024, batch.id);
  if (candidates.length === 0) return;
  const base: TSamplingInput = {
    seed: 20250518,
    randomCount: 0,
    amountAbove: 30_000_000_000, // 3000 万元
    excellentExecutionBelow: 80,
    lastYearProblemUnits: false,
    screeningSeverity: null,
  };
  const { params, drawn } = growDraw(candidates, base, REVIEW_TARGET.units);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const samples = await tx
    .insert(reviewSamples)
    .values(
      [...drawn].map(([id, reasons]) => {
        const c = byId.get(id);
        return {
          regionCode,
          batchId: batch.id,
          selfEvaluationId: id,
          projectId: c?.projectId ?? 0,
          unitId: c?.unitId ?? 0,
          departmentId: c?.departmentId ?? 0,
          reasons: reasons.join(','),
          reviewerUserId: s.userIds.get('finance') ?? null,
        };
      }),
    )
    .returning();
  await tx.update(reviewBatches).set({ sampling: params }).where(eq(reviewBatches.id, batch.id));
  const data = await loadCheckData(
    tx,
    samples.map((x) => x.id),
  );
  if (!data) return;
  const rules = await getRules(tx, regionCode, 2024, 'review');
  const findings = buildFindings(data, rules, ctx.actor.userId);

  // Quotas: 287 spread over the sampled units (7 each, one more for the units with most findings).
  const units = [...new Set(samples.map((x) => x.unitId))];
  const findingsOfUnit = groupBy(findings, (f) => f.unitId);
  const ranked = [...units].sort(
    (a, b) => (findingsOfUnit.get(b)?.length ?? 0) - (findingsOfUnit.get(a)?.length ?? 0) || a - b,
  );
  const per = Math.floor(REVIEW_TARGET.suggestions / Math.max(units.length, 1));
  const extra = REVIEW_TARGET.suggestions - per * units.length;
  const quotaOf = new Map(
    ranked.map((u, i) => [u, units.length >= REVIEW_TARGET.units ? per + (i < extra ? 1 : 0) : per]),
  );
  const samplesOfUnit = groupBy(samples, (x) => x.unitId);
  const own: (typeof reviewFindings.$inferInsert)[] = [];
  const areas = Object.keys(reviewerSuggestions) as (keyof typeof reviewerSuggestions)[];
  let textIndex = 0;
  for (const unitId of ranked) {
    const quota = quotaOf.get(unitId) ?? 0;
    const list = [...(findingsOfUnit.get(unitId) ?? [])].sort(
      (a, b) => SEVERITY_ORDER[a.severity as 'P0'] - SEVERITY_ORDER[b.severity as 'P0'],
    );
    // Reviewers keep at least one suggestion of their own per unit and drop near-duplicate repeats beyond 2.
    const seen = new Map<string, number>();
    let accepted = 0;
    for (const f of list) {
      const key = `${f.sampleId}:${f.code}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const keep = accepted < quota - 1 && (seen.get(key) ?? 0) <= 2;
      f.status = keep ? 'accepted' : 'dropped';
      if (keep) accepted++;
    }
    const unitSamples = samplesOfUnit.get(unitId) ?? [];
    for (let k = accepted; k < quota; k++) {
      const area = areas[textIndex % areas.length];
      const texts = reviewerSuggestions[area];
      const sample = unitSamples[k % unitSamples.length];
      own.push({
        regionCode,
        batchId: batch.id,
        sampleId: sample.id,
        unitId,
        departmentId: sample.departmentId,
        origin: 'reviewer',
        code: 'reviewer',
        area,
        severity: 'P2',
        evidence: '复核组查阅自评表、自评报告及佐证材料后提出。',
        suggestion: texts[Math.floor(textIndex / areas.length) % texts.length],
        status: 'accepted',
        createdBy: ctx.actor.userId,
      });
      textIndex++;
    }
  }
  const all = [...findings, ...own];
  for (let i = 0; i < all.length; i += 1000) await tx.insert(reviewFindings).values(all.slice(i, i + 1000));
  // The reviewers re-score the open samples, then conclude them.
  await rescoreSamples(ctx, data, all, await getRules(tx, regionCode, 2024, 'scoring'));
  await tx
    .update(reviewSamples)
    .set({ status: 'passed', decidedAt: '2025-06-20T02:00:00.000Z', decidedBy: ctx.actor.userId })
    .where(eq(reviewSamples.batchId, batch.id));
  await returnWorst(s, ctx, batch.id, samples, all);
  // The year's screening (自评全覆盖筛查) over every submitted 2024 form, as finance runs it from the screening page.
  await screenYear(tx, regionCode, 2024, ctx.actor.userId);
}

/** The samples with the most accepted P0 suggestions are returned for rectification (退回整改). */
async function returnWorst(
  s: SeedContext,
  ctx: NonNullable<Awaited<ReturnType<typeof seedFinanceCtx>>>,
  batchId: number,
  samples: (typeof reviewSamples.$inferSelect)[],
  findings: (typeof reviewFindings.$inferInsert)[],
) {
  const p0 = groupBy(
    findings.filter((f) => f.status === 'accepted' && f.severity === 'P0'),
    (f) => f.sampleId,
  );
  const worst = samples
    .filter((x) => (p0.get(x.id)?.length ?? 0) > 0)
    .sort((a, b) => (p0.get(b.id)?.length ?? 0) - (p0.get(a.id)?.length ?? 0) || a.id - b.id)
    .slice(0, 6);
  if (worst.length === 0) return;
  const ids = worst.map((x) => x.id);
  await s.tx
    .update(reviewSamples)
    .set({ status: 'returned', returnedCount: 1, decisionComment: '自评等级与预算执行及佐证材料不符，退回整改。' })
    .where(and(eq(reviewSamples.batchId, batchId), inArray(reviewSamples.id, ids)));
  await s.tx
    .update(selfEvaluations)
    .set({ status: 'returned', reviewReturned: true, returnComment: '自评复核退回：请按复核意见整改后重新提交。' })
    .where(
      inArray(
        selfEvaluations.id,
        worst.map((x) => x.selfEvaluationId),
      ),
    );
  await raiseRectifications(
    s.tx,
    ctx,
    worst.flatMap((x) =>
      (p0.get(x.id) ?? []).map((f) => ({
        year: 2025,
        source: 'selfEvaluationReview' as const,
        sourceEntity: 'reviewSample',
        sourceId: x.id,
        projectId: x.projectId,
        unitId: x.unitId,
        problem: f.evidence ?? f.suggestion,
        requirement: f.suggestion,
        severity: 'high' as const,
        deadline: '2025-08-31',
      })),
    ),
  );
}
