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
  const keywords = normalizedKeywords(input.fieldKeywords ?? []);
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

// A batch passes the same keyword list (readonly) to every sample of a field: normalise it once per list.
const normalizedLists = new WeakMap<readonly string[], string[]>();

function normalizedKeywords(list: readonly string[]): string[] {
  let keywords = normalizedLists.get(list);
  if (!keywords) {
    keywords = list.map(normalizeForSimilarity).filter((keyword) => keyword !== '');
    normalizedLists.set(list, keywords);
  }
  return keywords;
}

/** Tells whether an indicator name contains a field keyword or shares a bigram with the project name. */
export function isIndicatorRelated(
  name: string,
  normalizedKeywords: readonly string[],
  projectBigrams: ReadonlySet<string>,
): boolean {
  const { normalized, bigrams } = shingledName(name);
  if (normalizedKeywords.some((keyword) => normalized.includes(keyword))) return true;
  for (const bigram of bigrams) if (projectBigrams.has(bigram)) return true;
  return false;
}

// Indicator names repeat across a batch (library and template names): each is normalised and shingled once.
// A cache of a pure function of the name, emptied when it grows large.
const shingledNames = new Map<string, { normalized: string; bigrams: readonly string[] }>();

function shingledName(name: string) {
  let entry = shingledNames.get(name);
  if (!entry) {
    if (shingledNames.size >= 10_000) shingledNames.clear();
    const normalized = normalizeForSimilarity(name);
    entry = { normalized, bigrams: [...characterBigrams(normalized)] };
    shingledNames.set(name, entry);
  }
  return entry;
}

function projectNameBigrams(projectName: string, rules: ReviewRules): Set<string> {
  // Split at stop words rather than delete them, so their neighbours do not glue into a new bigram.
  let segments = [projectName];
  for (const word of rules.projectNameStopWords)
    if (segments.some((part) => part.includes(word))) segments = segments.flatMap((part) => part.split(word));
  const bigrams = new Set<string>();
  for (const segment of segments)
    for (const bigram of characterBigrams(normalizeForSimilarity(segment))) bigrams.add(bigram);
  return bigrams;
}
