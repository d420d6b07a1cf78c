import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import {
  attachments,
  fields,
  orgUnits,
  projects,
  reviewBatches,
  reviewFindings,
  reviewSamples,
  reviewWorkpaperRows,
} from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { scopeWhere } from '../../platform/scope';
import {
  analysesOfProjects,
  formsForChecks,
  indicatorsForChecks,
  reviewableForms,
  selfSummaries,
  yearAnalyses,
} from '../self-evaluation/read-for-review';

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

/** Everything the automated checks need for a set of samples, in a handful of sequential queries. */
export async function loadCheckData(db: DbOrTx, sampleIds: number[]) {
  const sampleRows = await db
    .select({
      sampleId: reviewSamples.id,
      round: reviewSamples.round,
      batchId: reviewSamples.batchId,
      selfEvaluationId: reviewSamples.selfEvaluationId,
    })
    .from(reviewSamples)
    .where(inArray(reviewSamples.id, sampleIds));
  const forms = new Map(
    (
      await formsForChecks(
        db,
        sampleRows.map((s) => s.selfEvaluationId),
      )
    ).map((f) => [f.form.id, f]),
  );
  const samples = sampleRows.flatMap((s) => {
    const f = forms.get(s.selfEvaluationId);
    return f ? [{ sampleId: s.sampleId, round: s.round, batchId: s.batchId, ...f }] : [];
  });
  if (samples.length === 0) return null;
  const formIds = samples.map((s) => s.form.id);
  const { regionCode, year } = samples[0].form;
  const unitIds = [...new Set(samples.map((s) => s.form.unitId))];
  const fieldCodes = [...new Set(samples.map((s) => s.fieldCode))];
  const previousIds = samples.map((s) => s.previousProjectId).filter((v): v is number => v !== null);
  const indicators = await indicatorsForChecks(db, formIds);
  const files = await db
    .select({ ownerId: attachments.ownerId, slot: attachments.slot, filename: attachments.filename })
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, 'selfEvaluation'), inArray(attachments.ownerId, formIds)));
  const fieldRows = await db
    .select({ code: fields.code, keywords: fields.keywords })
    .from(fields)
    .where(and(eq(fields.regionCode, regionCode), inArray(fields.code, fieldCodes)));
  // Texts and totals of the forms of the year in the samples' fields (near-duplicates) and units (unit-level check).
  const yearForms = await yearAnalyses(db, { regionCode, year, fieldCodes, unitIds });
  const lastYearForms = await analysesOfProjects(db, previousIds);
  return { samples, indicators, files, fieldRows, yearForms, lastYearForms, unitIds };
}

type FindingInsert = typeof reviewFindings.$inferInsert;

/**
 * Replaces the proposed rule findings of the samples with `rows` in one statement: the delete and a set-based
 * insert from one JSON parameter (json_to_recordset: read once, no jsonb conversion), whatever the number of rows.
 */
export async function replaceRuleFindings(db: DbOrTx, sampleIds: number[], rows: FindingInsert[]) {
  const payload = JSON.stringify(
    rows.map((r) => ({
      region_code: r.regionCode,
      batch_id: r.batchId,
      sample_id: r.sampleId,
      unit_id: r.unitId,
      department_id: r.departmentId,
      code: r.code,
      area: r.area,
      severity: r.severity,
      indicator_id: r.indicatorId ?? null,
      evidence: r.evidence ?? '',
      suggestion: r.suggestion,
      round: r.round ?? 1,
      created_by: r.createdBy ?? null,
    })),
  );
  await db.execute(sql`with removed as (
      delete from ${reviewFindings} where ${inArray(reviewFindings.sampleId, sampleIds)}
        and ${reviewFindings.origin} = 'rule' and ${reviewFindings.status} = 'proposed'
    )
    insert into ${reviewFindings} (region_code, batch_id, sample_id, unit_id, department_id, origin, code, area,
      severity, indicator_id, evidence, suggestion, status, round, created_by)
    select region_code, batch_id, sample_id, unit_id, department_id, 'rule', code, area, severity, indicator_id,
      evidence, suggestion, 'proposed', round, created_by
    from json_to_recordset(${payload}::json) as x(region_code varchar, batch_id integer, sample_id integer,
      unit_id integer, department_id integer, code varchar, area varchar, severity varchar, indicator_id integer,
      evidence varchar, suggestion varchar, round smallint, created_by integer)`);
}
