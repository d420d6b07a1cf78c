// 指标设置科学性, continued: indicators that do not fit the project or are set too low.
import { decreasingOperators, increasingOperators } from '../indicator.ts';
import { makeReviewFinding } from './finding.ts';
import type { ReviewFinding, ReviewInput } from './review-input.ts';
import type { ReviewRules } from './review-rules.ts';
import { characterBigrams, normalizeForSimilarity } from './similarity.ts';

/** Flags targets looser than last year's actual: ≥/> below it, ≤/< above it. */
export function checkTargetLooserThanLastYear(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  return input.indicators.flatMap((indicator, index) => {
    const { target, lastYearActual } = indicator;
    if (target === null || lastYearActual === null || lastYearActual === undefined) return [];
    const below = increasingOperators.includes(indicator.operator) && target < lastYearActual;
    const above = decreasingOperators.includes(indicator.operator) && target > lastYearActual;
    if (!below && !above) return [];
    const unit = indicator.unit ?? '';
    const relation = below ? '低于' : '高于';
    const message = `指标“${indicator.name}”目标值 ${indicator.operator}${target}${unit}，${relation}上年实际完成值 ${lastYearActual}${unit}。`;
    const fix = '目标值应不低于历史实际水平，请结合上年完成情况合理提高目标。';
    return [makeReviewFinding(rules, 'targetLooserThanLastYear', message, fix, index)];
  });
}

// A heuristic, hence P2 by default: it catches template indicators pasted from another field
// ("道路修缮里程" in a school meals project), not subtle mismatches. Skipped without keywords.
/** Flags 数量/质量 indicators sharing no field keyword and no project-name bigram (stop words removed). */
export function checkIndicatorUnrelatedToField(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const keywords = (input.fieldKeywords ?? []).map(normalizeForSimilarity).filter((keyword) => keyword !== '');
  if (keywords.length === 0) return [];
  const projectBigrams = projectNameBigrams(input.projectName, rules);
  return input.indicators.flatMap((indicator, index) => {
    if (!rules.fieldRelevanceLevel2.includes(indicator.level2)) return [];
    if (isIndicatorRelated(indicator.name, keywords, projectBigrams)) return [];
    const message = `指标“${indicator.name}”未包含项目名称“${input.projectName}”或所属领域关键词（${keywords.slice(0, 5).join('、')}）中的任何内容。`;
    const fix = '请确认该指标是否反映本项目的产出，必要时从指标库中选用本领域的指标。';
    return [makeReviewFinding(rules, 'indicatorUnrelatedToField', message, fix, index)];
  });
}

/** Tells whether an indicator name contains a field keyword or shares a bigram with the project name. */
export function isIndicatorRelated(
  name: string,
  normalizedKeywords: readonly string[],
  projectBigrams: ReadonlySet<string>,
): boolean {
  const normalized = normalizeForSimilarity(name);
  if (normalizedKeywords.some((keyword) => normalized.includes(keyword))) return true;
  for (const bigram of characterBigrams(normalized)) if (projectBigrams.has(bigram)) return true;
  return false;
}

function projectNameBigrams(projectName: string, rules: ReviewRules): Set<string> {
  // Split at stop words rather than delete them, so their neighbours do not glue into a new bigram.
  const segments = rules.projectNameStopWords.reduce<string[]>(
    (parts, word) => parts.flatMap((part) => part.split(word)),
    [projectName],
  );
  return new Set(segments.flatMap((segment) => [...characterBigrams(normalizeForSimilarity(segment))]));
}
