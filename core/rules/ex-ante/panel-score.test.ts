import { describe, expect, it } from 'vitest';
import { type ExpertSheet, scorePanel } from './panel-score.ts';
import { defaultExAnteRules, type ExAnteRules } from './rules.ts';
import type { ScoringTemplate } from './template-types.ts';

const template: ScoringTemplate = {
  code: 't',
  name: '测试',
  dimensions: [
    {
      code: 'a',
      name: 'A',
      weight: 60,
      points: [
        { code: 'p1', name: '要点1', weight: 30, guidance: '' },
        { code: 'p2', name: '要点2', weight: 30, guidance: '' },
      ],
    },
    { code: 'b', name: 'B', weight: 40, points: [{ code: 'p3', name: '要点3', weight: 40, guidance: '' }] },
  ],
};

const sheet = (expertId: string, p1: number, p2: number, p3: number): ExpertSheet => ({
  expertId,
  scores: { p1, p2, p3 },
});
const five = [
  sheet('e1', 10, 10, 30),
  sheet('e2', 20, 20, 30),
  sheet('e3', 25, 25, 30),
  sheet('e4', 30, 20, 40),
  sheet('e5', 30, 30, 40),
];
const rulesWith = (panel: ExAnteRules['panel']): ExAnteRules => ({ ...defaultExAnteRules, panel });

describe('scorePanel', () => {
  it.each([
    ['single expert', [sheet('e1', 30, 30, 40)], defaultExAnteRules, 100, []],
    ['4 experts: no trimming', five.slice(0, 4), defaultExAnteRules, 72.5, []],
    ['5 experts: drop highest and lowest total', five, defaultExAnteRules, 80, ['e1', 'e5']],
    ['5 experts, trimming disabled', five, rulesWith({ trimEnabled: false, trimFromExperts: 5 }), 78, []],
    [
      '4 experts, trimming from 4',
      five.slice(0, 4),
      rulesWith({ trimEnabled: true, trimFromExperts: 4 }),
      75,
      ['e1', 'e4'],
    ],
  ])('%s', (_name, sheets, rules, score, dropped) => {
    const result = scorePanel(template, sheets, rules);
    expect(result.ok && result.value.score).toBe(score);
    expect(result.ok && result.value.droppedExpertIds).toEqual(dropped);
  });

  it('reports per-dimension and per-point means of the kept experts', () => {
    const result = scorePanel(template, five, defaultExAnteRules);
    expect(result.ok && result.value.dimensionScores).toEqual({ a: 46.67, b: 33.33 });
    expect(result.ok && result.value.pointScores).toEqual({ p1: 25, p2: 21.67, p3: 33.33 });
    expect(result.ok && result.value.expertTotals.map((t) => t.total)).toEqual([50, 70, 80, 90, 100]);
  });

  it('breaks ties by sheet order: first of the lows and last of the highs are dropped', () => {
    const tied = [
      sheet('e1', 30, 10, 40),
      sheet('e2', 10, 30, 40),
      sheet('e3', 20, 20, 40),
      sheet('e4', 30, 30, 20),
      sheet('e5', 25, 25, 30),
    ];
    const result = scorePanel(template, tied, defaultExAnteRules);
    expect(result.ok && result.value.droppedExpertIds).toEqual(['e1', 'e5']);
    expect(result.ok && result.value.score).toBe(80);
  });

  it('rounds once at the end (sum of means, not sum of rounded means)', () => {
    const sheets = [sheet('e1', 10, 10, 0), sheet('e2', 10, 10, 0), sheet('e3', 11, 11, 1)];
    const result = scorePanel(template, sheets, defaultExAnteRules);
    expect(result.ok && result.value.score).toBe(21);
    expect(result.ok && result.value.pointScores).toEqual({ p1: 10.33, p2: 10.33, p3: 0.33 });
  });

  it.each([
    ['empty panel', [], 'PANEL_EMPTY'],
    ['missing point', [{ expertId: 'e1', scores: { p1: 1, p2: 1 } }], 'SCORE_MISSING'],
    ['above the point weight', [sheet('e1', 31, 0, 0)], 'SCORE_OUT_OF_RANGE'],
    ['negative score', [sheet('e1', -1, 0, 0)], 'SCORE_OUT_OF_RANGE'],
    ['not a number', [sheet('e1', Number.NaN, 0, 0)], 'SCORE_OUT_OF_RANGE'],
    ['duplicate expert', [sheet('e1', 1, 1, 1), sheet('e1', 2, 2, 2)], 'DUPLICATE_EXPERT'],
  ])('refuses %s', (_name, sheets, code) => {
    const result = scorePanel(template, sheets, defaultExAnteRules);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('accepts the boundary scores 0 and the full weight', () => {
    expect(scorePanel(template, [sheet('e1', 0, 30, 40)], defaultExAnteRules)).toMatchObject({
      ok: true,
      value: { score: 70 },
    });
  });
});
