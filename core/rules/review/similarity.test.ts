import { describe, expect, it } from 'vitest';
import { otherProjectAnalysis, sampleAnalysis } from './fixtures.ts';
import { defaultReviewRules } from './review-rules.ts';
import { characterBigrams, normalizeForSimilarity, textSimilarity } from './similarity.ts';

const threshold = defaultReviewRules.similarityThreshold;

describe('normalizeForSimilarity', () => {
  it.each<[string, string]>([
    ['2024年，完成 12 个。', '0年完成0个'],
    ['执行率95.6%', '执行率0'],
    ['ABC abc', 'abcabc'],
    ['“引号”！', '引号'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForSimilarity(text)).toBe(expected);
  });

  it('splits into distinct character bigrams', () => {
    expect([...characterBigrams('小区小区')]).toEqual(['小区', '区小']);
    expect(characterBigrams('小').size).toBe(0);
  });
});

describe('textSimilarity calibration (threshold 0.8)', () => {
  const edited = (text: string, ...pairs: [string, string][]) => pairs.reduce((t, [a, b]) => t.replace(a, b), text);
  it.each<[string, string, boolean]>([
    ['identical', sampleAnalysis, true],
    ['year and figures updated', edited(sampleAnalysis, ['2024', '2025'], ['12个', '15个'], ['95.6', '97.2']), true],
    [
      'project renamed',
      edited(sampleAnalysis, ['老旧小区改造项目', '背街小巷整治项目'], ['小区改造', '街巷整治']),
      true,
    ],
    [
      'copy plus a new paragraph',
      `${sampleAnalysis}同时，本单位将建立健全项目绩效管理制度，完善绩效目标设置，加强绩效运行监控，提高自评质量，确保绩效评价结果真实可靠。`,
      true,
    ],
    [
      'same facts rewritten',
      '本年度老旧小区改造项目总体按计划实施，共完成12个小区的改造任务，受益居民超过3000户。资金执行率95.6%。受雨季影响部分工程延期，按期完工率未达标。今后我们将强化进度管控，合理安排施工组织，提高资金使用效益。',
      false,
    ],
    ['another project in the same style', otherProjectAnalysis, false],
  ])('%s → near-duplicate: %s', (_label, other, expected) => {
    const similarity = textSimilarity(sampleAnalysis, other);
    expect(similarity >= threshold).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['', '', 0],
    ['无', '无', 0],
    ['小区', '小区', 1],
    ['小区改造', '改造小区', 2 / 3],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected, 10);
  });

  it('is symmetric', () => {
    expect(textSimilarity(sampleAnalysis, otherProjectAnalysis)).toBe(
      textSimilarity(otherProjectAnalysis, sampleAnalysis),
    );
  });
});
