import { describe, expect, it } from 'vitest';
import {
  checkClaimedAboveRule,
  checkExcellentWithLowExecution,
  checkFullScoreBelowTarget,
  checkUnitAllFullScore,
} from './checks-execution.ts';
import { buildReviewInput, withReviewIndicator } from './fixtures.ts';
import type { ReviewIndicator, UnitProjectTotal } from './review-input.ts';
import { defaultReviewRules } from './review-rules.ts';

const rules = defaultReviewRules;

describe('checkExcellentWithLowExecution', () => {
  it.each<[string, '优' | '良', number | null, number]>([
    ['优 at 97.2 %', '优', 97.2, 0],
    ['优 at exactly 80 %', '优', 80, 0],
    ['优 at 79.99 %', '优', 79.99, 1],
    ['良 at 50 %', '良', 50, 0],
    ['优 with unknown rate', '优', null, 0],
  ])('%s → %s finding(s)', (_label, grade, executionRate, count) => {
    const findings = checkExcellentWithLowExecution(buildReviewInput({ grade, executionRate }), rules);
    expect(findings).toHaveLength(count);
  });

  it('cites grade, total, rate and threshold', () => {
    const [finding] = checkExcellentWithLowExecution(buildReviewInput({ executionRate: 62.5, total: 93 }), rules);
    expect(finding).toMatchObject({ code: 'excellentWithLowExecution', area: 'executionGradeMatch', severity: 'P0' });
    expect(finding.evidence).toBe('自评等级为“优”（总分 93），但预算执行率仅 62.5%，低于 80%。');
  });
});

describe('checkClaimedAboveRule', () => {
  it.each<[string, Partial<ReviewIndicator>, number]>([
    ['claim equals rule', {}, 0],
    ['claim below rule', { claimedScore: 18 }, 0],
    ['claim above rule', { actual: 10, claimedScore: 20, ruleScore: 16.67 }, 1],
    ['claim above by float noise only', { claimedScore: 20.000000001 }, 0],
    ['rule score unknown', { claimedScore: 25, ruleScore: null }, 0],
    ['no claim', { claimedScore: null }, 0],
  ])('%s → %s', (_label, overrides, count) => {
    expect(checkClaimedAboveRule(withReviewIndicator(0, overrides), rules)).toHaveLength(count);
  });

  it('names the indicator, both scores and the values', () => {
    const input = withReviewIndicator(0, { actual: 10, claimedScore: 20, ruleScore: 16.67 });
    const [finding] = checkClaimedAboveRule(input, rules);
    expect(finding.indicatorIndex).toBe(0);
    expect(finding.evidence).toBe(
      '指标“改造老旧小区数量”自评得分 20 分，按评分规则最高应得 16.67 分（目标值 ≥12个，实际完成值 10个）。',
    );
  });
});

describe('checkFullScoreBelowTarget', () => {
  it.each<[string, Partial<ReviewIndicator>, number]>([
    ['achieved with full score', {}, 0],
    ['missed with full score, rule score unknown', { actual: 10, ruleScore: null }, 1],
    ['missed with full score, already claimedAboveRule', { actual: 10, ruleScore: 16.67 }, 0],
    ['missed with a partial score', { actual: 10, claimedScore: 16.67, ruleScore: 16.67 }, 0],
    ['≤ exceeded with full score', { operator: '≤', target: 3, actual: 4, ruleScore: null }, 1],
    ['定性 部分达成 with full score', { operator: '定性', target: null, actual: '部分达成', ruleScore: null }, 1],
    ['定性 达成 with full score', { operator: '定性', target: null, actual: '达成', ruleScore: 20 }, 0],
    ['actual missing', { actual: null, ruleScore: null }, 0],
  ])('%s → %s', (_label, overrides, count) => {
    const findings = checkFullScoreBelowTarget(withReviewIndicator(0, overrides), rules);
    expect(findings).toHaveLength(count);
  });

  it('quotes the qualitative level', () => {
    const input = withReviewIndicator(0, { operator: '定性', target: null, actual: '未达成', ruleScore: null });
    expect(checkFullScoreBelowTarget(input, rules)[0].evidence).toContain(
      '实际完成情况为“未达成”），但自评得满分 20 分',
    );
  });
});

describe('checkUnitAllFullScore', () => {
  const project = (total: number, n = 1): UnitProjectTotal => ({ projectName: `项目${n}`, total });
  it.each<[string, UnitProjectTotal[], number]>([
    ['two projects at 100', [project(100, 1), project(100, 2)], 1],
    ['one of three below 100', [project(100, 1), project(99.99, 2), project(100, 3)], 0],
    ['a single project at 100 (below minUnitProjects)', [project(100)], 0],
    ['no projects', [], 0],
  ])('%s → %s', (_label, projects, count) => {
    expect(checkUnitAllFullScore(projects, rules)).toHaveLength(count);
  });

  it('lists the projects', () => {
    const [finding] = checkUnitAllFullScore([project(100, 1), project(100, 2)], rules);
    expect(finding.evidence).toBe('本单位 2 个项目自评得分全部为 100 分（项目1、项目2）。');
    expect(finding.severity).toBe('P1');
  });
});
