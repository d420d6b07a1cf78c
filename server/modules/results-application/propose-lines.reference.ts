// Test support for propose-lines.test.ts: the region-wide reads of the implementation proposeLines replaced, kept
// only as the test's reference (tests may read any module's tables; production code reads through read-for-*.ts).
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { keyEvaluations, rectificationItems, reviewSamples, selfEvaluations } from '../../db/schema/index';
import { anyOf } from '../../platform/any-of';
import type { DbOrTx } from '../../platform/db/client';
import { submittedOfYear } from '../self-evaluation/read-for-review';
import type { KeyEvaluationEvidence, SelfEvaluationEvidence } from './evidence';

/** Self-evaluations of the year that left draft, in id order, each with its latest graded review sample. */
export async function referenceSelfEvaluations(db: DbOrTx, region: string, year: number) {
  const t = selfEvaluations;
  const list = await db
    .select({ id: t.id, projectId: t.projectId, total: t.total, grade: t.grade })
    .from(t)
    .where(submittedOfYear(region, year))
    .orderBy(asc(t.id));
  const r = reviewSamples;
  const reviews = await db
    .selectDistinctOn([r.selfEvaluationId], {
      sampleId: r.id,
      selfEvaluationId: r.selfEvaluationId,
      total: r.reviewTotal,
      grade: r.reviewGrade,
    })
    .from(r)
    .where(and(eq(r.regionCode, region), isNotNull(r.reviewGrade)))
    .orderBy(r.selfEvaluationId, desc(r.id));
  const byForm = new Map(reviews.map((x) => [x.selfEvaluationId, x]));
  return list.map((s): SelfEvaluationEvidence => {
    const x = byForm.get(s.id);
    return { ...s, review: x?.grade ? { sampleId: x.sampleId, total: x.total, grade: x.grade } : null };
  });
}

/** Finalised (or archived) key evaluations of a project object in the year, with a grade, in id order. */
export async function referenceKeyEvaluations(db: DbOrTx, region: string, year: number) {
  const k = keyEvaluations;
  const rows = await db
    .select({ id: k.id, projectId: k.projectId, name: k.name, total: k.totalScore, grade: k.grade })
    .from(k)
    .where(
      and(
        eq(k.regionCode, region),
        eq(k.year, year),
        isNotNull(k.projectId),
        isNotNull(k.grade),
        inArray(k.stage, ['finalised', 'archived']),
      ),
    )
    .orderBy(asc(k.id));
  return rows.flatMap((r): KeyEvaluationEvidence[] =>
    r.projectId === null || r.grade === null ? [] : [{ ...r, projectId: r.projectId, grade: r.grade }],
  );
}

/** Open (not closed out) rectification items per project of `projectIds`. */
export async function referenceOpenCounts(db: DbOrTx, region: string, projectIds: number[]) {
  if (projectIds.length === 0) return new Map<number, number>();
  const ri = rectificationItems;
  const rows = await db
    .select({ projectId: ri.projectId, n: count() })
    .from(ri)
    .where(and(eq(ri.regionCode, region), anyOf(ri.projectId, projectIds), sql`${ri.status} <> 'closed'`))
    .groupBy(ri.projectId);
  return new Map(rows.map((r) => [r.projectId ?? 0, r.n]));
}
