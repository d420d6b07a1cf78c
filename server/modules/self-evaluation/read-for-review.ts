import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { projects, selfEvaluationIndicators, selfEvaluations } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { findIndicators } from './repo';

// Read-only functions the reviews module (自评复核) uses instead of reading the self-evaluation tables itself.
// None of them scopes by actor: the caller has already scoped its samples.

/** Self figures shown beside each sample (total, grade, execution, budget, form status), by form id. */
export async function selfSummaries(db: DbOrTx, ids: number[]) {
  const rows = ids.length
    ? await db
        .select({
          id: selfEvaluations.id,
          selfTotal: selfEvaluations.total,
          selfGrade: selfEvaluations.grade,
          executionRate: selfEvaluations.executionRate,
          annualBudget: selfEvaluations.annualBudget,
          selfStatus: selfEvaluations.status,
        })
        .from(selfEvaluations)
        .where(inArray(selfEvaluations.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Forms of a year that can be sampled: submitted or later. */
export async function reviewableForms(db: DbOrTx, regionCode: string, year: number) {
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
    .where(submittedOfYear(regionCode, year))
    .orderBy(asc(selfEvaluations.id));
}

/** Forms of the region's year that left draft (submitted, reviewed, closed …). */
export const submittedOfYear = (regionCode: string, year: number) =>
  and(eq(selfEvaluations.regionCode, regionCode), eq(selfEvaluations.year, year), ne(selfEvaluations.status, 'draft'));

/** Indicator rows of forms, in form and row order. */
export const formIndicators = findIndicators;

/** Names of indicator rows by id (feedback sheets cite the indicator of a finding). */
export async function indicatorNames(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ id: selfEvaluationIndicators.id, name: selfEvaluationIndicators.name })
    .from(selfEvaluationIndicators)
    .where(inArray(selfEvaluationIndicators.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A unit's forms across years with grade and execution (单位画像). */
export async function unitEvaluationHistory(db: DbOrTx, unitId: number) {
  return db
    .select({
      id: selfEvaluations.id,
      year: selfEvaluations.year,
      projectName: projects.name,
      total: selfEvaluations.total,
      grade: selfEvaluations.grade,
      executionRate: selfEvaluations.executionRate,
      status: selfEvaluations.status,
    })
    .from(selfEvaluations)
    .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
    .where(eq(selfEvaluations.unitId, unitId))
    .orderBy(asc(selfEvaluations.year), asc(projects.code));
}
