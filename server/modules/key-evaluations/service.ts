import type { Ctx } from '../../platform/context';
import { getRules } from '../rule-sets/service';
import { keyEvaluationFigures } from './figures';

export { suggestCandidates } from './candidates';
export { getEvaluation } from './detail';
export { keyEvaluationFigures } from './figures';
export { addFinding, removeFinding, respond, saveReportText } from './findings';
export { createEvaluation, listEvaluations, updateFramework } from './plan';
export { transition } from './procedure';
export { buildEvaluationReport } from './report';
export { saveScores } from './scoring';

/** Coverage of kinds and budget types for the plan screen. */
export function coverage(ctx: Ctx, year: number) {
  return keyEvaluationFigures(ctx.db, ctx.actor.regionCode, year);
}

/** Default frameworks in force for a year (one per kind). */
export async function templates(ctx: Ctx, year: number) {
  const rules = await getRules(ctx.db, ctx.actor.regionCode, year, 'keyEvaluation');
  return {
    templates: rules.templates,
    frameworkWeights: rules.frameworkWeights,
    minOutputBenefitPercent: rules.minOutputBenefitPercent,
  };
}

/**
 * An evaluation of the region for another module's checks (agency engagement), or undefined; the locking variant
 * holds the row for the caller's transaction.
 */
export { findInRegion as evaluationInRegion, lockInRegion as lockEvaluationInRegion } from './repo';
