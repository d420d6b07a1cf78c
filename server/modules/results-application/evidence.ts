import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { latestExAnteRecommendationOf, listExAnteRecommendations } from '../ex-ante/read-for-results';
import {
  gradedKeyEvaluationsOf,
  gradedProjectIds,
  listGradedKeyEvaluations,
} from '../key-evaluations/read-for-results';
import { monitoringOutcomesByProject, monitoringOutcomesOf } from '../monitoring/read-for-results';
import { openCountsOf } from '../rectification/read-for-results';
import { latestReviewGrades, latestReviewGradesOf } from '../reviews/read-for-results';
import { listSelfEvaluationScores, submittedProjectIds, submittedScoresOf } from '../self-evaluation/read-for-results';

// The evidence layer asks the owning modules for what results application weighs; it never reads their tables
// (a module may hand over a subquery of its own rows, which results application puts into one statement).

export type { ExAnteRecommendation as ExAnteEvidence } from '../ex-ante/read-for-results';
export type { KeyEvaluationGrade as KeyEvaluationEvidence } from '../key-evaluations/read-for-results';
export type { MonitoringOutcome as MonitoringEvidence } from '../monitoring/read-for-results';

export interface SelfEvaluationEvidence {
  id: number;
  projectId: number;
  total: number | null;
  grade: string;
  review: { sampleId: number; total: number | null; grade: string } | null;
}

/**
 * Self-evaluations of the evaluated year (not drafts), with the latest review grade where reviewed, in id order;
 * with `projectIds`, only those of these projects.
 */
export async function selfEvaluations(
  db: DbOrTx,
  region: string,
  year: number,
  projectIds?: number[],
): Promise<SelfEvaluationEvidence[]> {
  const list = await listSelfEvaluationScores(db, region, year, projectIds);
  if (list.length === 0) return [];
  const reviews = await latestReviewGrades(db, region, projectIds ? list.map((r) => r.id) : undefined);
  return list.map((r) => ({ ...r, review: reviews.get(r.id) ?? null }));
}

/** The projects graded for a work year (self-evaluated the year before, or key-evaluated in it), as subqueries. */
export const gradedProjects = (region: string, year: number): SQL[] => [
  submittedProjectIds(region, year - 1),
  gradedProjectIds(region, year),
];

/** Finalised key evaluations of a project object carried out in the work year. */
export const keyEvaluations = listGradedKeyEvaluations;

/** Recoveries (收回) and red warnings per project from the work year's monitoring. */
export const monitoring = monitoringOutcomesByProject;

/** Concluded ex-ante assessments of the work year with a recommended amount. */
export const exAnte = listExAnteRecommendations;

/**
 * The evidence of the kept chains (`kept(start_id)`, `on_chain(id)` of chainWalk) as CTEs of the same statement: the
 * first projects' self-evaluation of the evaluated year (se) with its latest review grade (rv) and their key
 * evaluations of the work year (ke); the chains' projects' monitoring outcomes (mo), latest ex-ante assessment of the
 * work or target year (ea) and open rectification count (op).
 */
export const chainEvidence = (region: string, year: number): SQL => {
  const starts = sql`select start_id from kept`;
  const onChain = sql`select id from on_chain`;
  return sql`
      se as materialized (${submittedScoresOf(region, year - 1, starts)}),
      rv as (${latestReviewGradesOf(region, sql`select id from se`)}),
      ke as (${gradedKeyEvaluationsOf(region, year, starts)}),
      mo as (${monitoringOutcomesOf(region, year, onChain)}),
      ea as (${latestExAnteRecommendationOf(region, [year, year + 1], onChain)}),
      op as (${openCountsOf(region, onChain)})`;
};
