// 评价依据充分性: is the self-evaluation backed by documents and a real analysis?
import { describeValues, isIndicatorAchieved, makeReviewFinding } from './finding.ts';
import type { ReviewFinding, ReviewInput } from './review-input.ts';
import type { ReviewRules } from './review-rules.ts';
import { normalizeForSimilarity, textSimilarity } from './similarity.ts';

/** Flags a self-evaluation with no evidence attached. */
export function checkNoEvidence(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  if (input.attachments.length > 0) return [];
  const message = `自评表共 ${input.indicators.length} 个指标，未上传任何佐证材料（附件 0 个）。`;
  const fix = '请上传支撑指标完成值的佐证材料，如验收报告、合同、台账、统计数据等。';
  return [makeReviewFinding(rules, 'noEvidence', message, fix)];
}

/** Flags 满意度 indicators when no attachment is a survey (by kind or by name keyword). */
export function checkSatisfactionWithoutSurvey(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const satisfaction = input.indicators.filter((indicator) => indicator.level1 === 'satisfaction');
  if (satisfaction.length === 0) return [];
  const hasSurvey = input.attachments.some(
    (attachment) =>
      rules.surveyEvidenceKinds.includes(attachment.kind) ||
      rules.surveyNameKeywords.some((keyword) => attachment.name.includes(keyword)),
  );
  if (hasSurvey) return [];
  const names = satisfaction.map((indicator) => `“${indicator.name}”`).join('、');
  const message = `设置了 ${satisfaction.length} 个满意度指标（${names}），但 ${input.attachments.length} 个附件中没有满意度调查材料。`;
  const fix = '请上传满意度调查问卷、调查统计表或调查报告，说明样本量和调查方式。';
  return [makeReviewFinding(rules, 'satisfactionWithoutSurvey', message, fix)];
}

/** Flags each indicator that missed its target without a deviation reason. */
export function checkMissingDeviationReason(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  return input.indicators.flatMap((indicator, index) => {
    if (isIndicatorAchieved(indicator) !== false) return [];
    if (normalizeForSimilarity(indicator.deviationReason ?? '') !== '') return [];
    const message = `指标“${indicator.name}”未完成目标（${describeValues(indicator)}），未填写偏差原因。`;
    const fix = '请分析未完成的原因（人员、制度、经费、硬件等），并提出具体改进措施。';
    return [makeReviewFinding(rules, 'missingDeviationReason', message, fix, index)];
  });
}

/** Flags an analysis shorter than the configured minimum (whitespace and punctuation not counted). */
export function checkAnalysisTooShort(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const length = [...normalizeForSimilarity(input.analysisText)].length;
  if (length >= rules.minAnalysisLength) return [];
  const message = `绩效分析文字仅 ${length} 字，少于 ${rules.minAnalysisLength} 字。`;
  const fix = '请结合指标完成情况，具体说明绩效目标实现程度、存在的问题和改进措施。';
  return [makeReviewFinding(rules, 'analysisTooShort', message, fix)];
}

/** Flags an analysis that is a near-duplicate of another project's or last year's text. */
export function checkAnalysisNearDuplicate(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const own = normalizeForSimilarity(input.analysisText);
  if ([...own].length < rules.minSimilarityLength) return [];
  return (input.comparisonTexts ?? []).flatMap((other) => {
    const similarity = other.similarity ?? similarityOf(input.analysisText, other.text, rules);
    if (similarity < rules.similarityThreshold) return [];
    const percent = toPercent(similarity);
    const source = other.source === 'lastYear' ? '上年自评' : '其他项目自评';
    const message = `绩效分析文字与${source}${other.label}的文字相似度 ${percent}%，达到 ${toPercent(rules.similarityThreshold)}% 的判定阈值。`;
    const fix = '请根据本项目本年度的实际情况重新撰写绩效分析，不得套用其他项目或往年内容。';
    return [makeReviewFinding(rules, 'analysisNearDuplicate', message, fix)];
  });
}

function similarityOf(text: string, other: string, rules: ReviewRules): number {
  if ([...normalizeForSimilarity(other)].length < rules.minSimilarityLength) return 0;
  return textSimilarity(text, other);
}

function toPercent(ratio: number): number {
  return Math.round(ratio * 10000) / 100;
}
