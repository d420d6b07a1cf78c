import { type SQL, sql } from 'drizzle-orm';
import { latestExAnteRecommendationOf, listExAnteRecommendations } from '../ex-ante/read-for-results';
import { gradedKeyEvaluationsOf, gradedProjectIds } from '../key-evaluations/read-for-results';
import { monitoringOutcomesByProject, monitoringOutcomesOf } from '../monitoring/read-for-results';
import { openCountsOf } from '../rectification/read-for-results';
import { latestReviewGradesOf } from '../reviews/read-for-results';
import { submittedProjectIds, submittedScoresOf } from '../self-evaluation/read-for-results';

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

/** The projects graded for a work year (self-evaluated the year before, or key-evaluated in it), as subqueries. */
export const gradedProjects = (region: string, year: number): SQL[] => [
  submittedProjectIds(region, year - 1),
  gradedProjectIds(region, year),
];

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
