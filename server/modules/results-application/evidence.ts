import type { DbOrTx } from '../../platform/db/client';
import { listExAnteRecommendations } from '../ex-ante/read-for-results';
import { listGradedKeyEvaluations } from '../key-evaluations/read-for-results';
import { monitoringOutcomesByProject } from '../monitoring/read-for-results';
import { latestReviewGrades } from '../reviews/read-for-results';
import { listSelfEvaluationScores } from '../self-evaluation/read-for-results';

// The evidence layer asks the owning modules for what results application weighs; it never reads their tables.

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

/** Self-evaluations of the evaluated year (not drafts), with the latest review grade where reviewed. */
export async function selfEvaluations(db: DbOrTx, region: string, year: number): Promise<SelfEvaluationEvidence[]> {
  const list = await listSelfEvaluationScores(db, region, year);
  if (list.length === 0) return [];
  const reviews = await latestReviewGrades(db, region);
  return list.map((r) => ({ ...r, review: reviews.get(r.id) ?? null }));
}

/** Finalised key evaluations of a project object carried out in the work year. */
export const keyEvaluations = listGradedKeyEvaluations;

/** Recoveries (收回) and red warnings per project from the work year's monitoring. */
export const monitoring = monitoringOutcomesByProject;

/** Concluded ex-ante assessments of the work year with a recommended amount. */
export const exAnte = listExAnteRecommendations;
