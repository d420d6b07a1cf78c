import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
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
  selfEvaluationIndicators,
  selfEvaluations,
} from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { scopeWhere } from '../../platform/scope';

// Reviews and self-evaluation are one capability (issue 6): this repo reads the self-evaluation tables
// set-based for the checks instead of calling a per-row service.

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
  selfTotal: selfEvaluations.total,
  selfGrade: selfEvaluations.grade,
  executionRate: selfEvaluations.executionRate,
  annualBudget: selfEvaluations.annualBudget,
  selfStatus: selfEvaluations.status,
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
    .innerJoin(projects, eq(projects.id, reviewSamples.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, reviewSamples.unitId))
    .innerJoin(selfEvaluations, eq(selfEvaluations.id, reviewSamples.selfEvaluationId));
}

export async function listSamples(db: DbOrTx, actor: Actor, batchId: number, q: { status?: string; unitId?: number }) {
  const conds: SQL[] = [sampleScope(actor), eq(reviewSamples.batchId, batchId)];
  if (q.status) conds.push(eq(reviewSamples.status, q.status));
  if (q.unitId) conds.push(eq(reviewSamples.unitId, q.unitId));
  return sampleQuery(db)
    .where(and(...conds))
    .orderBy(asc(orgUnits.code), asc(projects.code));
}

export async function findSample(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await sampleQuery(db).where(and(sampleScope(actor), eq(reviewSamples.id, id)));
  return row;
}

export async function findSampleRow(db: DbOrTx, id: number) {
  const [row] = await db.select().from(reviewSamples).where(eq(reviewSamples.id, id));
  return row;
}

/** Self-evaluations of a year that can be sampled (submitted or later), not yet in the batch. */
export async function samplingCandidates(db: DbOrTx, regionCode: string, year: number, batchId: number) {
  return db
    .select({
      id: selfEvaluations.id,
      projectId: selfEvaluations.projectId,
      unitId: selfEvaluations.unitId,
      departmentId: selfEvaluations.departmentId,
      annualBudget: selfEvaluations.annualBudget,
      executionRate: selfEvaluations.executionRate,
      grade: selfEvaluations.grade,
    })
    .from(selfEvaluations)
    .where(
      and(
        eq(selfEvaluations.regionCode, regionCode),
        eq(selfEvaluations.year, year),
        ne(selfEvaluations.status, 'draft'),
        sql`not exists (select 1 from ${reviewSamples} where ${reviewSamples.batchId} = ${batchId} and ${reviewSamples.selfEvaluationId} = ${selfEvaluations.id})`,
      ),
    )
    .orderBy(asc(selfEvaluations.id));
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

/** Everything the automated checks need for a set of samples, in a handful of queries. */
export async function loadCheckData(db: DbOrTx, sampleIds: number[]) {
  const samples = await db
    .select({
      sampleId: reviewSamples.id,
      round: reviewSamples.round,
      batchId: reviewSamples.batchId,
      form: selfEvaluations,
      projectName: projects.name,
      fieldCode: projects.fieldCode,
      previousProjectId: projects.previousProjectId,
    })
    .from(reviewSamples)
    .innerJoin(selfEvaluations, eq(selfEvaluations.id, reviewSamples.selfEvaluationId))
    .innerJoin(projects, eq(projects.id, reviewSamples.projectId))
    .where(inArray(reviewSamples.id, sampleIds));
  if (samples.length === 0) return null;
  const formIds = samples.map((s) => s.form.id);
  const { regionCode, year } = samples[0].form;
  const unitIds = [...new Set(samples.map((s) => s.form.unitId))];
  const previousIds = samples.map((s) => s.previousProjectId).filter((v): v is number => v !== null);
  const [indicators, files, fieldRows, yearForms, lastYearForms] = await Promise.all([
    db
      .select()
      .from(selfEvaluationIndicators)
      .where(inArray(selfEvaluationIndicators.selfEvaluationId, formIds))
      .orderBy(asc(selfEvaluationIndicators.selfEvaluationId), asc(selfEvaluationIndicators.sort)),
    db
      .select({ ownerId: attachments.ownerId, slot: attachments.slot, filename: attachments.filename })
      .from(attachments)
      .where(and(eq(attachments.ownerEntity, 'selfEvaluation'), inArray(attachments.ownerId, formIds))),
    db.select({ code: fields.code, keywords: fields.keywords }).from(fields).where(eq(fields.regionCode, regionCode)),
    // Texts and totals of every form of the year: near-duplicates across projects and the unit-level check.
    db
      .select({
        id: selfEvaluations.id,
        unitId: selfEvaluations.unitId,
        total: selfEvaluations.total,
        projectName: projects.name,
        fieldCode: projects.fieldCode,
        unitName: orgUnits.name,
        conclusion: selfEvaluations.conclusion,
        problems: selfEvaluations.problems,
        measures: selfEvaluations.measures,
      })
      .from(selfEvaluations)
      .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
      .innerJoin(orgUnits, eq(orgUnits.id, selfEvaluations.unitId))
      .where(and(eq(selfEvaluations.regionCode, regionCode), eq(selfEvaluations.year, year))),
    previousIds.length
      ? db
          .select({
            projectId: selfEvaluations.projectId,
            year: selfEvaluations.year,
            conclusion: selfEvaluations.conclusion,
            problems: selfEvaluations.problems,
            measures: selfEvaluations.measures,
          })
          .from(selfEvaluations)
          .where(inArray(selfEvaluations.projectId, previousIds))
      : Promise.resolve([]),
  ]);
  return { samples, indicators, files, fieldRows, yearForms, lastYearForms, unitIds };
}
