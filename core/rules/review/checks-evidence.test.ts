import { describe, expect, it } from 'vitest';
import {
  checkAnalysisNearDuplicate,
  checkAnalysisTooShort,
  checkMissingDeviationReason,
  checkNoEvidence,
  checkSatisfactionWithoutSurvey,
} from './checks-evidence.ts';
import { buildReviewInput, sampleAnalysis, withReviewIndicator } from './fixtures.ts';
import type { ReviewAttachment, ReviewIndicator, ReviewInput } from './review-input.ts';
import { defaultReviewRules } from './review-rules.ts';

const rules = defaultReviewRules;
const clean = buildReviewInput();

describe('checkNoEvidence', () => {
  it.each<[string, ReviewAttachment[], number]>([
    ['two attachments', clean.attachments.slice(), 0],
    ['none', [], 1],
  ])('%s → %s', (_label, attachments, count) => {
    expect(checkNoEvidence({ ...clean, attachments }, rules)).toHaveLength(count);
  });
});

describe('checkSatisfactionWithoutSurvey', () => {
  const withoutSatisfaction = { ...clean, indicators: clean.indicators.filter((row) => row.level1 !== 'satisfaction') };
  it.each<[string, ReviewInput, number]>([
    ['survey by kind', clean, 0],
    ['survey by name', { ...clean, attachments: [{ name: '满意度调查问卷汇总.pdf', kind: 'other' }] }, 0],
    ['no survey', { ...clean, attachments: [{ name: '竣工验收报告.pdf', kind: 'acceptance' }] }, 1],
    ['no attachments', { ...clean, attachments: [] }, 1],
    ['no satisfaction indicator', { ...withoutSatisfaction, attachments: [] }, 0],
  ])('%s → %s', (_label, input, count) => {
    expect(checkSatisfactionWithoutSurvey(input, rules)).toHaveLength(count);
  });

  it('names the indicators and counts attachments', () => {
    const input = { ...clean, attachments: [{ name: '竣工验收报告.pdf', kind: 'acceptance' }] };
    expect(checkSatisfactionWithoutSurvey(input, rules)[0].evidence).toBe(
      '设置了 1 个满意度指标（“居民满意度”），但 1 个附件中没有满意度调查材料。',
    );
  });
});

describe('checkMissingDeviationReason', () => {
  it.each<[string, Partial<ReviewIndicator>, number]>([
    ['missed with a reason', { actual: 10, deviationReason: '拆迁协调滞后。' }, 0],
    ['missed without a reason', { actual: 10 }, 1],
    ['missed with only punctuation', { actual: 10, deviationReason: ' 。/ ' }, 1],
    ['achieved without a reason', {}, 0],
    ['= missed', { operator: '=', actual: 11 }, 1],
    ['≤ missed', { operator: '≤', target: 3, actual: 3.5 }, 1],
    ['≤ met', { operator: '≤', target: 3, actual: 3 }, 0],
    ['定性 部分达成', { operator: '定性', target: null, actual: '部分达成' }, 1],
    ['定性 达成', { operator: '定性', target: null, actual: '达成' }, 0],
    ['actual missing', { actual: null }, 0],
  ])('%s → %s', (_label, overrides, count) => {
    expect(checkMissingDeviationReason(withReviewIndicator(0, overrides), rules)).toHaveLength(count);
  });

  it('quotes target and actual', () => {
    const [finding] = checkMissingDeviationReason(withReviewIndicator(0, { actual: 10 }), rules);
    expect(finding.evidence).toBe(
      '指标“改造老旧小区数量”未完成目标（目标值 ≥12个，实际完成值 10个），未填写偏差原因。',
    );
  });
});

describe('checkAnalysisTooShort', () => {
  it.each<[string, string, number]>([
    ['full analysis', sampleAnalysis, 0],
    ['exactly 30 characters', '字'.repeat(30), 0],
    ['29 characters plus punctuation', `${'字'.repeat(29)}。。。   `, 1],
    ['empty', '', 1],
  ])('%s → %s', (_label, analysisText, count) => {
    expect(checkAnalysisTooShort({ ...clean, analysisText }, rules)).toHaveLength(count);
  });

  it('cites the length', () => {
    expect(checkAnalysisTooShort({ ...clean, analysisText: '已完成。' }, rules)[0].evidence).toBe(
      '绩效分析文字仅 3 字，少于 30 字。',
    );
  });
});

describe('checkAnalysisNearDuplicate', () => {
  const lastYear = {
    source: 'lastYear' as const,
    label: '“老旧小区改造项目”（2024年）',
    text: sampleAnalysis.replace('2024', '2023'),
  };
  it.each<[string, ReviewInput, number]>([
    ['only an unrelated project to compare', clean, 0],
    ['copy of last year', { ...clean, comparisonTexts: [lastYear] }, 1],
    [
      'copy of last year and of another project',
      { ...clean, comparisonTexts: [lastYear, { ...lastYear, source: 'otherProject' }] },
      2,
    ],
    [
      'own text too short to compare',
      { ...clean, analysisText: '按计划完成。', comparisonTexts: [{ ...lastYear, text: '按计划完成。' }] },
      0,
    ],
    ['no comparison texts', { ...clean, comparisonTexts: undefined }, 0],
    ['precomputed similarity above threshold', { ...clean, comparisonTexts: [{ ...lastYear, similarity: 0.85 }] }, 1],
    ['precomputed similarity below threshold', { ...clean, comparisonTexts: [{ ...lastYear, similarity: 0.79 }] }, 0],
  ])('%s → %s', (_label, input, count) => {
    expect(checkAnalysisNearDuplicate(input, rules)).toHaveLength(count);
  });

  it('cites the source, the similarity and the threshold', () => {
    const [finding] = checkAnalysisNearDuplicate({ ...clean, comparisonTexts: [lastYear] }, rules);
    expect(finding.evidence).toBe(
      '绩效分析文字与上年自评“老旧小区改造项目”（2024年）的文字相似度 100%，达到 80% 的判定阈值。',
    );
    expect(finding).toMatchObject({ area: 'evidenceSufficiency', severity: 'P1' });
  });
});
