import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import { orgUnits, projects, selfEvaluationIndicators, selfEvaluations } from '../../db/schema/index';
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

/** The form columns the automated checks read, with project name, field and predecessor. */
export async function formsForChecks(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  const t = selfEvaluations;
  return db
    .select({
      form: {
        id: t.id,
        regionCode: t.regionCode,
        year: t.year,
        unitId: t.unitId,
        departmentId: t.departmentId,
        conclusion: t.conclusion,
        problems: t.problems,
        measures: t.measures,
        executionRate: t.executionRate,
        total: t.total,
        grade: t.grade,
      },
      projectName: projects.name,
      fieldCode: projects.fieldCode,
      previousProjectId: projects.previousProjectId,
    })
    .from(selfEvaluations)
    .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
    .where(inArray(selfEvaluations.id, ids));
}

/** Indicator rows of forms, in form and row order. */
export const formIndicators = findIndicators;

/** The indicator columns the automated checks read (narrow: the rows of a whole batch are many), in row order. */
export async function indicatorsForChecks(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  const t = selfEvaluationIndicators;
  return db
    .select({
      id: t.id,
      selfEvaluationId: t.selfEvaluationId,
      level1: t.level1,
      level2: t.level2,
      name: t.name,
      operator: t.operator,
      targetNumber: t.targetNumber,
      unit: t.unit,
      weight: t.weight,
      actualNumber: t.actualNumber,
      qualitativeLevel: t.qualitativeLevel,
      claimedScore: t.claimedScore,
      score: t.score,
      ruleScore: t.ruleScore,
      deviationReason: t.deviationReason,
      lastYearActual: t.lastYearActual,
    })
    .from(t)
    .where(inArray(t.selfEvaluationId, ids))
    .orderBy(asc(t.selfEvaluationId), asc(t.sort));
}

/** Names of indicator rows by id (feedback sheets cite the indicator of a finding). */
export async function indicatorNames(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ id: selfEvaluationIndicators.id, name: selfEvaluationIndicators.name })
    .from(selfEvaluationIndicators)
    .where(inArray(selfEvaluationIndicators.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Analyses and totals of a year's forms in some fields or units (near-duplicate texts, unit-level check). */
export async function yearAnalyses(
  db: DbOrTx,
  q: { regionCode: string; year: number; fieldCodes: string[]; unitIds: number[] },
) {
  return db
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
    .where(
      and(
        eq(selfEvaluations.regionCode, q.regionCode),
        eq(selfEvaluations.year, q.year),
        or(inArray(projects.fieldCode, q.fieldCodes), inArray(selfEvaluations.unitId, q.unitIds)),
      ),
    );
}

/** Analyses of the forms of some projects (last year's texts of continuing projects). */
export async function analysesOfProjects(db: DbOrTx, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return db
    .select({
      projectId: selfEvaluations.projectId,
      year: selfEvaluations.year,
      conclusion: selfEvaluations.conclusion,
      problems: selfEvaluations.problems,
      measures: selfEvaluations.measures,
    })
    .from(selfEvaluations)
    .where(inArray(selfEvaluations.projectId, projectIds));
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
