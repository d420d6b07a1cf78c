import type { IndicatorFramework, IndicatorTaxonomy, Level2 } from '../indicator.ts';
import { defaultTaxonomies } from '../indicator.ts';
import type { Grade } from '../scoring/scoring-rules.ts';

/** The three areas of automated findings, as the bureau's report groups them. */
export const reviewAreas = ['executionGradeMatch', 'indicatorScience', 'evidenceSufficiency'] as const;
export type ReviewArea = (typeof reviewAreas)[number];

export const reviewAreaLabels: Readonly<Record<ReviewArea, string>> = {
  executionGradeMatch: '预算执行与绩效等级匹配度',
  indicatorScience: '指标设置科学性',
  evidenceSufficiency: '评价依据充分性',
};

/** P0 must fix (usually 退回整改), P1 should fix, P2 suggestion. */
export const reviewSeverities = ['P0', 'P1', 'P2'] as const;
export type ReviewSeverity = (typeof reviewSeverities)[number];

/** Stable rule codes, in the order they run; the area of each code is fixed, its severity is data. */
export const reviewCheckAreas = {
  excellentWithLowExecution: 'executionGradeMatch',
  claimedAboveRule: 'executionGradeMatch',
  fullScoreBelowTarget: 'executionGradeMatch',
  unitAllFullScore: 'executionGradeMatch',
  indicatorUnrelatedToField: 'indicatorScience',
  noBenefitIndicator: 'indicatorScience',
  mostlyQualitative: 'indicatorScience',
  costIncreasingOperator: 'indicatorScience',
  duplicateIndicatorName: 'indicatorScience',
  level2Mismatch: 'indicatorScience',
  targetLooserThanLastYear: 'indicatorScience',
  noEvidence: 'evidenceSufficiency',
  satisfactionWithoutSurvey: 'evidenceSufficiency',
  missingDeviationReason: 'evidenceSufficiency',
  analysisTooShort: 'evidenceSufficiency',
  analysisNearDuplicate: 'evidenceSufficiency',
} as const satisfies Record<string, ReviewArea>;
export type ReviewCheckCode = keyof typeof reviewCheckAreas;
export const reviewCheckCodes = Object.keys(reviewCheckAreas) as ReviewCheckCode[];

/** Chinese names of the review checks (rule configuration, finding lists). */
export const reviewCheckLabels: Readonly<Record<ReviewCheckCode, string>> = {
  excellentWithLowExecution: '自评为优但预算执行率偏低',
  claimedAboveRule: '自评得分高于规则计算得分',
  fullScoreBelowTarget: '未达目标值却得满分',
  unitAllFullScore: '单位所有项目均为满分',
  indicatorUnrelatedToField: '指标与项目或领域无关',
  noBenefitIndicator: '未设置效益指标',
  mostlyQualitative: '定性指标过多',
  costIncreasingOperator: '成本指标使用“≥/>”',
  duplicateIndicatorName: '指标名称重复',
  level2Mismatch: '二级指标与一级指标不匹配',
  targetLooserThanLastYear: '目标值低于上年实际',
  noEvidence: '未上传佐证材料',
  satisfactionWithoutSurvey: '满意度指标无调查佐证',
  missingDeviationReason: '未达成指标缺少偏差原因',
  analysisTooShort: '分析说明过于简短',
  analysisNearDuplicate: '分析说明与其他文本雷同',
};

export interface ReviewRules {
  framework: IndicatorFramework;
  taxonomies: Readonly<Record<IndicatorFramework, IndicatorTaxonomy>>;
  /** Grade checked against execution, and the execution rate (percent) it needs. */
  excellentGrade: Grade;
  minExecutionRateForExcellent: number;
  /** A unit whose projects all score at least this is suspicious, once it has `minUnitProjects` projects. */
  fullScore: number;
  minUnitProjects: number;
  /** Minimum share (0–1) of quantitative indicators. */
  minQuantitativeShare: number;
  /** Minimum analysis length in characters, whitespace and punctuation not counted. */
  minAnalysisLength: number;
  /** Dice similarity of character bigrams at or above which two texts count as copies (see README). */
  similarityThreshold: number;
  /** Texts shorter than this (normalised) are not compared: "无" would match "无". */
  minSimilarityLength: number;
  /** Attachment kinds that count as a satisfaction survey, and name keywords that do too. */
  surveyEvidenceKinds: readonly string[];
  surveyNameKeywords: readonly string[];
  /** Level2 codes whose names should echo the project or its field (the rest are generic by nature). */
  fieldRelevanceLevel2: readonly Level2[];
  /** Words ignored when matching indicator names against the project name. */
  projectNameStopWords: readonly string[];
  severities: Readonly<Record<ReviewCheckCode, ReviewSeverity>>;
}

export const defaultReviewRules: ReviewRules = {
  framework: 'classic2020',
  taxonomies: defaultTaxonomies,
  excellentGrade: '优',
  minExecutionRateForExcellent: 80,
  fullScore: 100,
  minUnitProjects: 2,
  minQuantitativeShare: 0.6,
  minAnalysisLength: 30,
  similarityThreshold: 0.8,
  minSimilarityLength: 20,
  surveyEvidenceKinds: ['survey'],
  surveyNameKeywords: ['问卷', '满意度调查', '满意度测评', '调查报告'],
  fieldRelevanceLevel2: ['quantity', 'quality'],
  projectNameStopWords: ['项目', '专项', '经费', '资金', '工作', '年度', '补助', '建设'],
  severities: {
    excellentWithLowExecution: 'P0',
    claimedAboveRule: 'P0',
    fullScoreBelowTarget: 'P0',
    unitAllFullScore: 'P1',
    indicatorUnrelatedToField: 'P2',
    noBenefitIndicator: 'P1',
    mostlyQualitative: 'P2',
    costIncreasingOperator: 'P1',
    duplicateIndicatorName: 'P2',
    level2Mismatch: 'P2',
    targetLooserThanLastYear: 'P2',
    noEvidence: 'P0',
    satisfactionWithoutSurvey: 'P1',
    missingDeviationReason: 'P1',
    analysisTooShort: 'P2',
    analysisNearDuplicate: 'P1',
  },
};
