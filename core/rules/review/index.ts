export {
  checkAnalysisNearDuplicate,
  checkAnalysisTooShort,
  checkMissingDeviationReason,
  checkNoEvidence,
  checkSatisfactionWithoutSurvey,
} from './checks-evidence.ts';
export {
  checkClaimedAboveRule,
  checkExcellentWithLowExecution,
  checkFullScoreBelowTarget,
  checkUnitAllFullScore,
} from './checks-execution.ts';
export {
  checkIndicatorUnrelatedToField,
  checkTargetLooserThanLastYear,
  isIndicatorRelated,
} from './checks-relevance.ts';
export {
  checkCostIncreasingOperator,
  checkDuplicateIndicatorName,
  checkLevel2Mismatch,
  checkMostlyQualitative,
  checkNoBenefitIndicator,
} from './checks-science.ts';
export { describeValues, isIndicatorAchieved } from './finding.ts';
export type {
  ComparisonText,
  ReviewAttachment,
  ReviewFinding,
  ReviewIndicator,
  ReviewInput,
  UnitProjectTotal,
} from './review-input.ts';
export {
  defaultReviewRules,
  type ReviewArea,
  type ReviewCheckCode,
  type ReviewRules,
  type ReviewSeverity,
  reviewAreaLabels,
  reviewAreas,
  reviewCheckAreas,
  reviewCheckCodes,
  reviewCheckLabels,
  reviewSeverities,
} from './review-rules.ts';
export { type ReviewCheck, reviewChecks, runReviewChecks } from './run-review-checks.ts';
export { characterBigrams, normalizeForSimilarity, textSimilarity } from './similarity.ts';
export {
  buildSimilarityIndex,
  findSimilar,
  findSimilarToIndexed,
  type SimilarityIndex,
  similarityCandidates,
} from './similarity-index.ts';
