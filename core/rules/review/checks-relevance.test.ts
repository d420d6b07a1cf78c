import { describe, expect, it } from 'vitest';
import {
  checkIndicatorUnrelatedToField,
  checkTargetLooserThanLastYear,
  isIndicatorRelated,
} from './checks-relevance.ts';
import { buildReviewInput, withReviewIndicator } from './fixtures.ts';
import type { ReviewIndicator, ReviewInput } from './review-input.ts';
import { defaultReviewRules } from './review-rules.ts';

const rules = defaultReviewRules;

describe('checkTargetLooserThanLastYear', () => {
  it.each<[string, Partial<ReviewIndicator>, number]>([
    ['no last-year value', {}, 0],
    ['≥ target below last year', { lastYearActual: 15 }, 1],
    ['> target below last year', { operator: '>', lastYearActual: 15 }, 1],
    ['≥ target equal to last year', { lastYearActual: 12 }, 0],
    ['≤ target above last year', { operator: '≤', target: 3, lastYearActual: 2.5 }, 1],
    ['< target below last year', { operator: '<', target: 2, lastYearActual: 2.5 }, 0],
    ['= ignored', { operator: '=', lastYearActual: 15 }, 0],
    ['no target', { target: null, lastYearActual: 15 }, 0],
  ])('%s → %s', (_label, overrides, count) => {
    expect(checkTargetLooserThanLastYear(withReviewIndicator(0, overrides), rules)).toHaveLength(count);
  });

  it('cites both values', () => {
    const [finding] = checkTargetLooserThanLastYear(withReviewIndicator(0, { lastYearActual: 15 }), rules);
    expect(finding.evidence).toBe('指标“改造老旧小区数量”目标值 ≥12个，低于上年实际完成值 15个。');
  });
});

describe('checkIndicatorUnrelatedToField', () => {
  it.each<[string, ReviewInput, number[]]>([
    ['keyword or project-name overlap', buildReviewInput(), []],
    ['pasted road indicator', withReviewIndicator(0, { name: '道路修缮里程' }), [0]],
    ['pasted indicator on a 质量 row', withReviewIndicator(1, { name: '学生营养餐供应天数' }), [1]],
    ['generic 时效 row is not checked', withReviewIndicator(2, { name: '道路修缮及时率' }), []],
    ['no field keywords → skipped', { ...withReviewIndicator(0, { name: '道路修缮里程' }), fieldKeywords: [] }, []],
    ['stop word 项目 alone does not relate', withReviewIndicator(0, { name: '项目数量' }), [0]],
  ])('%s → %j', (_label, input, indexes) => {
    expect(checkIndicatorUnrelatedToField(input, rules).map((finding) => finding.indicatorIndex)).toEqual(indexes);
  });

  it.each<[string, boolean]>([
    ['新建社区服务站数量', true],
    ['改造楼栋数', true],
    ['江岸区学校数量', true],
    ['培训人次', false],
  ])('isIndicatorRelated(%s) → %s', (name, expected) => {
    const projectBigrams = new Set(['江岸', '岸区', '区老', '老旧', '旧小', '小区', '区改', '改造']);
    expect(isIndicatorRelated(name, ['老旧小区', '社区'], projectBigrams)).toBe(expected);
  });

  it('names the project and keywords', () => {
    const [finding] = checkIndicatorUnrelatedToField(withReviewIndicator(0, { name: '道路修缮里程' }), rules);
    expect(finding.evidence).toContain('指标“道路修缮里程”未包含项目名称“江岸区老旧小区改造项目”');
    expect(finding.severity).toBe('P2');
  });
});
