// Test fixtures shared by the review check tests (not used by production code).
import type { ReviewIndicator, ReviewInput } from './review-input.ts';

export const sampleAnalysis =
  '2024年，本单位老旧小区改造项目按照年初计划推进，全年完成12个小区改造，惠及居民3000余户。项目资金执行率为95.6%，部分工程因雨季施工延误，导致按期完工率未达到目标。下一步将加强工程进度管理，提前做好施工组织安排，确保资金使用效益。';

export const otherProjectAnalysis =
  '2024年，区教育局学生营养餐补助项目覆盖全区32所中小学，受益学生2.1万人，资金执行率为98%。部分学校食堂设备老化，影响供餐质量，满意度调查结果为92%。下一步将加强食堂设备更新和供餐监管，确保资金使用效益。';

/** Builds an achieved, correctly scored quantity indicator, overridable field by field. */
export function buildReviewIndicator(overrides: Partial<ReviewIndicator> = {}): ReviewIndicator {
  return {
    level1: 'output',
    level2: 'quantity',
    name: '改造老旧小区数量',
    operator: '≥',
    target: 12,
    actual: 12,
    unit: '个',
    weight: 20,
    claimedScore: 20,
    ruleScore: 20,
    ...overrides,
  };
}

/** Builds a self-evaluation that passes every review check with the default rules. */
export function buildReviewInput(overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    projectName: '江岸区老旧小区改造项目',
    grade: '优',
    total: 99.26,
    executionRate: 97.2,
    indicators: [
      buildReviewIndicator(),
      buildReviewIndicator({
        level2: 'quality',
        name: '改造工程验收合格率',
        target: 100,
        actual: 100,
        unit: '%',
        weight: 15,
        claimedScore: 15,
        ruleScore: 15,
      }),
      buildReviewIndicator({
        level2: 'timeliness',
        name: '按期完工率',
        target: 95,
        actual: 90,
        unit: '%',
        weight: 10,
        claimedScore: 9.47,
        ruleScore: 9.47,
        deviationReason: '雨季施工延误两个月，已调整施工组织。',
      }),
      buildReviewIndicator({
        level2: 'cost',
        name: '每户改造成本',
        operator: '≤',
        target: 3,
        actual: 2.8,
        unit: '万元',
        weight: 5,
        claimedScore: 5,
        ruleScore: 5,
      }),
      buildReviewIndicator({
        level1: 'benefit',
        level2: 'socialBenefit',
        name: '受益居民户数',
        target: 3000,
        actual: 3200,
        unit: '户',
        weight: 30,
        claimedScore: 30,
        ruleScore: 30,
      }),
      buildReviewIndicator({
        level1: 'satisfaction',
        level2: 'serviceSatisfaction',
        name: '居民满意度',
        target: 90,
        actual: 93,
        unit: '%',
        weight: 10,
        claimedScore: 10,
        ruleScore: 10,
      }),
    ],
    attachments: [
      { name: '竣工验收报告.pdf', kind: 'acceptance' },
      { name: '居民满意度调查统计.xlsx', kind: 'survey' },
    ],
    analysisText: sampleAnalysis,
    comparisonTexts: [{ source: 'otherProject', label: '“学生营养餐补助项目”', text: otherProjectAnalysis }],
    fieldKeywords: ['城市更新', '老旧小区', '棚户区', '住房', '社区'],
    unitProjects: [
      { projectName: '江岸区老旧小区改造项目', total: 99.26 },
      { projectName: '社区养老服务补助', total: 88 },
    ],
    ...overrides,
  };
}

/** Replaces one indicator of the clean input. */
export function withReviewIndicator(index: number, overrides: Partial<ReviewIndicator>): ReviewInput {
  const input = buildReviewInput();
  return { ...input, indicators: input.indicators.map((row, i) => (i === index ? { ...row, ...overrides } : row)) };
}
