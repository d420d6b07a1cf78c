import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import { groupBy } from '../../../core/group-by';
import {
  orgUnits,
  projects,
  reviewBatches,
  reviewFindings,
  reviewSamples,
  reviewWorkpaperRows,
} from '../../db/schema/index';
import { anyOf } from '../../platform/any-of';
import type { DbOrTx } from '../../platform/db/client';
import { outer } from '../../platform/outer-column';
import { queryNamed } from '../../platform/prepared';
import { scopeWhere } from '../../platform/scope';
import { reviewableForms, selfSummaries } from '../self-evaluation/read-for-review';
import { checkInputs } from '../self-evaluation/read-for-review-checks';

// Self-evaluation rows come from the self-evaluation module's read functions (read-for-review.ts), set-based.

/** Samples the actor may see: by org scope, or assigned to the expert / agency. */
export function sampleScope(actor: Actor): SQL {
  return scopeWhere(
    actor,
    { region: reviewSamples.regionCode, department: reviewSamples.departmentId, unit: reviewSamples.unitId },
    or(eq(reviewSamples.reviewerUserId, actor.userId), eq(reviewSamples.agencyOrgId, actor.orgId)) as SQL,
  );
}

export async function findBatch(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(reviewBatches)
    .where(and(eq(reviewBatches.regionCode, regionCode), eq(reviewBatches.id, id)));
  return row;
}

export async function listBatches(db: DbOrTx, actor: Actor, q: { year?: number; workYear?: number }) {
  const conds: SQL[] = [eq(reviewBatches.regionCode, actor.regionCode)];
  if (q.year) conds.push(eq(reviewBatches.year, q.year));
  if (q.workYear) conds.push(eq(reviewBatches.workYear, q.workYear));
  if (!['admin', 'finance', 'leader'].includes(actor.role))
    conds.push(
      sql`exists (select 1 from ${reviewSamples} where ${reviewSamples.batchId} = ${reviewBatches.id} and ${sampleScope(actor)})`,
    );
  return db
    .select()
    .from(reviewBatches)
    .where(and(...conds))
    .orderBy(desc(reviewBatches.workYear), desc(reviewBatches.id));
}

export const sampleColumns = {
  id: reviewSamples.id,
  batchId: reviewSamples.batchId,
  selfEvaluationId: reviewSamples.selfEvaluationId,
  projectId: reviewSamples.projectId,
  projectName: projects.name,
  projectCode: projects.code,
  unitId: reviewSamples.unitId,
  unitName: orgUnits.name,
  departmentId: reviewSamples.departmentId,
  reasons: reviewSamples.reasons,
  reviewerUserId: reviewSamples.reviewerUserId,
  agencyOrgId: reviewSamples.agencyOrgId,
  status: reviewSamples.status,
  round: reviewSamples.round,
  returnedCount: reviewSamples.returnedCount,
  reviewTotal: reviewSamples.reviewTotal,
  reviewGrade: reviewSamples.reviewGrade,
  decisionComment: reviewSamples.decisionComment,
  decidedAt: reviewSamples.decidedAt,
  version: reviewSamples.version,
  batchStatus: reviewBatches.status,
  findingCount:
    sql<number>`(select count(*) from ${reviewFindings} where ${reviewFindings.sampleId} = ${reviewSamples.id} and ${reviewFindings.status} = 'accepted')`.mapWith(
      Number,
    ),
  proposedCount:
    sql<number>`(select count(*) from ${reviewFindings} where ${reviewFindings.sampleId} = ${reviewSamples.id} and ${reviewFindings.status} = 'proposed')`.mapWith(
      Number,
    ),
};

function sampleQuery(db: DbOrTx) {
  return db
    .select(sampleColumns)
    .from(reviewSamples)
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewSamples.batchId))
    .innerJoin(projects, eq(projects.id, reviewSamples.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, reviewSamples.unitId));
}

/** Adds the self-evaluation figures (from the self-evaluation module) to sample rows. */
async function withSelfFigures<T extends { selfEvaluationId: number }>(db: DbOrTx, rows: T[]) {
  const figures = await selfSummaries(
    db,
    rows.map((r) => r.selfEvaluationId),
  );
  return rows.flatMap((r) => {
    const f = figures.get(r.selfEvaluationId);
    return f
      ? [
          {
            ...r,
            selfTotal: f.selfTotal,
            selfGrade: f.selfGrade,
            executionRate: f.executionRate,
            annualBudget: f.annualBudget,
            selfStatus: f.selfStatus,
          },
        ]
      : [];
  });
}

export async function listSamples(db: DbOrTx, actor: Actor, batchId: number, q: { status?: string; unitId?: number }) {
  const conds: SQL[] = [sampleScope(actor), eq(reviewSamples.batchId, batchId)];
  if (q.status) conds.push(eq(reviewSamples.status, q.status));
  if (q.unitId) conds.push(eq(reviewSamples.unitId, q.unitId));
  const rows = await sampleQuery(db)
    .where(and(...conds))
    .orderBy(asc(orgUnits.code), asc(projects.code));
  return withSelfFigures(db, rows);
}

export async function findSample(db: DbOrTx, actor: Actor, id: number) {
  const rows = await sampleQuery(db).where(and(sampleScope(actor), eq(reviewSamples.id, id)));
  const [row] = await withSelfFigures(db, rows);
  return row;
}

/** Samples of a batch not yet concluded, by status (passed ones counted apart). */
export async function openSampleCounts(db: DbOrTx, batchId: number) {
  const n = (status: string) =>
    sql<number>`count(*) filter (where ${reviewSamples.status} = ${status})`.mapWith(Number);
  const [row] = await db
    .select({
      total: sql<number>`count(*) filter (where ${reviewSamples.status} <> 'passed')`.mapWith(Number),
      pending: n('pending'),
      returned: n('returned'),
      resubmitted: n('resubmitted'),
      passed: n('passed'),
    })
    .from(reviewSamples)
    .where(eq(reviewSamples.batchId, batchId));
  return row;
}

export async function findSampleRow(db: DbOrTx, id: number) {
  const [row] = await db.select().from(reviewSamples).where(eq(reviewSamples.id, id));
  return row;
}

/** Self-evaluations of a year that can be sampled (submitted or later), not yet in the batch. */
export async function samplingCandidates(db: DbOrTx, regionCode: string, year: number, batchId: number) {
  const inBatch = await db
    .select({ id: reviewSamples.selfEvaluationId })
    .from(reviewSamples)
    .where(eq(reviewSamples.batchId, batchId));
  const taken = new Set(inBatch.map((r) => r.id));
  return (await reviewableForms(db, regionCode, year)).filter((f) => !taken.has(f.id));
}

/** Units with accepted suggestions or returns in the batches reviewing the given year. */
export async function unitsWithProblems(db: DbOrTx, regionCode: string, year: number) {
  const rows = await db
    .selectDistinct({ unitId: reviewFindings.unitId })
    .from(reviewFindings)
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewFindings.batchId))
    .where(
      and(
        eq(reviewBatches.regionCode, regionCode),
        eq(reviewBatches.year, year),
        eq(reviewFindings.status, 'accepted'),
      ),
    );
  return new Set(rows.map((r) => r.unitId));
}

export async function findingsOf(db: DbOrTx, sampleIds: number[]) {
  if (sampleIds.length === 0) return [];
  return db
    .select()
    .from(reviewFindings)
    .where(inArray(reviewFindings.sampleId, sampleIds))
    .orderBy(asc(reviewFindings.sampleId), asc(reviewFindings.severity), asc(reviewFindings.id));
}

export async function workpaperOf(db: DbOrTx, sampleId: number) {
  return db.select().from(reviewWorkpaperRows).where(eq(reviewWorkpaperRows.sampleId, sampleId));
}

/**
 * Everything the automated checks need for a set of samples, in two round trips: the sample rows, then the
 * self-evaluation module's read of their forms, indicator rows, files, field keywords, the year's texts and last
 * year's (one round trip for all six, read-for-review-checks.ts).
 */
export async function loadCheckData(db: DbOrTx, sampleIds: number[]) {
  const sampleRows = await db
    .select({
      sampleId: reviewSamples.id,
      round: reviewSamples.round,
      batchId: reviewSamples.batchId,
      selfEvaluationId: reviewSamples.selfEvaluationId,
      // The unit-level check reports on the unit's first sample of the batch, the same one on every run: a rerun
      // of the samples under review must not add it to a later sample while the first (decided) one keeps it.
      unitFirst: sql<boolean>`${reviewSamples.id} = (select min(f.id) from ${reviewSamples} f
        where f.batch_id = ${outer(reviewSamples.batchId)} and f.unit_id = ${outer(reviewSamples.unitId)})`,
    })
    .from(reviewSamples)
    .where(anyOf(reviewSamples.id, sampleIds))
    .orderBy(reviewSamples.id);
  if (sampleRows.length === 0) return null;
  const inputs = await checkInputs(
    db,
    sampleRows.map((s) => s.selfEvaluationId),
  );
  const forms = new Map(inputs.forms.map((f) => [f.form.id, f]));
  const samples = sampleRows.flatMap((s) => {
    const f = forms.get(s.selfEvaluationId);
    return f ? [{ sampleId: s.sampleId, round: s.round, batchId: s.batchId, unitFirst: s.unitFirst, ...f }] : [];
  });
  if (samples.length === 0) return null;
  const unitIds = [...new Set(samples.map((s) => s.form.unitId))];
  const { indicators, files, fieldRows, yearForms, lastYearForms } = inputs;
  return { samples, indicators, files, fieldRows, yearForms, lastYearForms, unitIds };
}

/**
 * Replaces the proposed rule findings of the samples with the rows of `findings` (a SELECT of review_finding columns
 * from region_code to created_by, checks-sql.ts): one delete and one INSERT … SELECT. Returns the number stored.
 * (Writing only the difference was measured too: matching a batch's ~1,000 stored rows against the new ones cost
 * more than rewriting them, 11 against 6 ms, even when nothing changed.)
 */
export async function replaceRuleFindings(db: DbOrTx, sampleIds: number[], findings: SQL) {
  await db.execute(sql`delete from ${reviewFindings} where ${anyOf(reviewFindings.sampleId, sampleIds)}
      and ${reviewFindings.origin} = 'rule' and ${reviewFindings.status} = 'proposed'`);
  // Named: the statement's text is the same on every call (rules and ids are parameters), and planning its sixteen
  // branches cost about as much as running them for a region's samples under review.
  const inserted = await queryNamed(
    db,
    'reviews.insertRuleFindings',
    sql`insert into ${reviewFindings} (region_code, batch_id, sample_id, unit_id, department_id, origin, code, area,
      severity, indicator_id, evidence, suggestion, status, round, created_by) ${findings}`,
  );
  return inserted.rowCount ?? 0;
}

/** Samples still under review (pending or resubmitted) of the open batches of a region's year, by batch. */
export async function samplesUnderReview(db: DbOrTx, regionCode: string, year: number) {
  const rows = await db
    .select({ batchId: reviewSamples.batchId, id: reviewSamples.id })
    .from(reviewSamples)
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewSamples.batchId))
    .where(
      and(
        eq(reviewBatches.regionCode, regionCode),
        eq(reviewBatches.year, year),
        eq(reviewBatches.status, 'open'),
        inArray(reviewSamples.status, ['pending', 'resubmitted']),
      ),
    )
    .orderBy(asc(reviewSamples.batchId), asc(reviewSamples.id));
  return [...groupBy(rows, (r) => r.batchId)].map(([batchId, list]) => ({ batchId, sampleIds: list.map((r) => r.id) }));
}
