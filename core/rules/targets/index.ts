export { checkAgainstLastYear, checkCopiedIndicators } from './check-context.ts';
export { checkDuplicateNames, checkIndicatorFields } from './check-indicators.ts';
export { checkQuantitativeShare, checkRequiredLevels, checkWeights } from './check-structure.ts';
export { checkTarget, isTargetSubmittable } from './check-target.ts';
export {
  defaultTargetRules,
  type LevelWeightGroup,
  type TargetCheckCode,
  type TargetContext,
  type TargetFinding,
  type TargetFindingSeverity,
  type TargetIndicator,
  type TargetInput,
  type TargetRules,
  targetCheckCodes,
} from './target-rules.ts';
