import { describe, expect, it } from 'vitest';
import { buildReviewIndicator, buildReviewInput, sampleAnalysis } from './fixtures.ts';
import type { ReviewInput } from './review-input.ts';
import { defaultReviewRules, reviewAreas, reviewCheckAreas, reviewCheckCodes } from './review-rules.ts';
import { reviewChecks, runReviewChecks } from './run-review-checks.ts';

const rules = defaultReviewRules;

/** A self-evaluation that trips every check at least once. */
function buildMessyInput(): ReviewInput {
  return {
    ...buildReviewInput(),
    executionRate: 55,
    analysisText: '已完成。',
    comparisonTexts: [],
    attachments: [],
    unitProjects: [
      { projectName: '甲', total: 100 },
      { projectName: '乙', total: 100 },
    ],
    indicators: [
      buildReviewIndicator({ name: '道路修缮里程', actual: 10, ruleScore: 16.67, lastYearActual: 15 }),
      buildReviewIndicator({
        name: '道路修缮里程',
        level2: 'quality',
        operator: '定性',
        target: null,
        actual: '部分达成',
        ruleScore: null,
      }),
      buildReviewIndicator({ level2: 'cost', name: '每户改造成本', operator: '≥', target: 3, actual: 3 }),
      buildReviewIndicator({
        level1: 'satisfaction',
        level2: 'socialBenefit',
        name: '居民满意度',
        operator: '定性',
        target: null,
        actual: '达成',
      }),
    ],
  };
}

describe('runReviewChecks', () => {
  it('finds nothing in a clean self-evaluation', () => {
    expect(runReviewChecks(buildReviewInput(), rules)).toEqual([]);
  });

  it('sorts P0 before P1 before P2 and keeps check order inside a severity', () => {
    const findings = runReviewChecks(buildMessyInput(), rules);
    const severities = findings.map((finding) => finding.severity);
    expect(severities).toEqual([...severities].sort());
    expect(findings.slice(0, 4).map((finding) => finding.code)).toEqual([
      'excellentWithLowExecution',
      'claimedAboveRule',
      'fullScoreBelowTarget',
      'noEvidence',
    ]);
  });

  it('can trigger every rule code except near-duplicates, which need a comparison text', () => {
    const codes = new Set(runReviewChecks(buildMessyInput(), rules).map((finding) => finding.code));
    const expected = reviewCheckCodes.filter((code) => code !== 'analysisNearDuplicate');
    expect([...codes].sort()).toEqual([...expected].sort());
    const copied = {
      ...buildReviewInput(),
      comparisonTexts: [{ source: 'lastYear' as const, label: '上年', text: sampleAnalysis }],
    };
    expect(runReviewChecks(copied, rules).map((finding) => finding.code)).toEqual(['analysisNearDuplicate']);
  });

  it('skips the unit-level check without the unit list', () => {
    const input = { ...buildMessyInput(), unitProjects: undefined };
    expect(runReviewChecks(input, rules).some((finding) => finding.code === 'unitAllFullScore')).toBe(false);
  });

  it('takes severities from the rules', () => {
    const custom = { ...rules, severities: { ...rules.severities, analysisTooShort: 'P0' as const } };
    const findings = runReviewChecks({ ...buildReviewInput(), analysisText: '好' }, custom);
    expect(findings).toMatchObject([{ code: 'analysisTooShort', severity: 'P0', area: 'evidenceSufficiency' }]);
  });

  it('keeps codes, areas, severities and the registry in step', () => {
    expect(Object.keys(reviewChecks)).toEqual(reviewCheckCodes);
    expect(Object.keys(rules.severities).sort()).toEqual([...reviewCheckCodes].sort());
    expect(new Set(Object.values(reviewCheckAreas))).toEqual(new Set(reviewAreas));
  });
});
