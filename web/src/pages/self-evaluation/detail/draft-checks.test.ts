import { describe, expect, it } from 'vitest';
import { claimError, saveProblems, submitProblems } from './draft-checks';
import type { Draft, IndicatorRow } from './types';

const row = (p: Partial<IndicatorRow>): IndicatorRow => ({
  id: 1,
  level1: 'output',
  level2: 'quantity',
  name: '维修改造学校数',
  operator: '≥',
  targetValue: '5',
  targetNumber: 5,
  unit: '所',
  weight: 20,
  actualNumber: 5,
  qualitativeLevel: null,
  claimedScore: null,
  score: 20,
  deviationReason: '',
  improvement: '',
  evidenceCount: 0,
  ...p,
});
const draft = (p: Partial<Draft> = {}): Draft => ({
  executedAmount: 1_000_000,
  actualOutcome: '',
  conclusion: '目标基本完成',
  problems: '',
  measures: '',
  indicators: [row({})],
  ...p,
});

describe('self-evaluation draft checks', () => {
  it('accepts an executed amount of 0 but not an empty one', () => {
    expect(saveProblems(draft({ executedAmount: 0 }), [])).toEqual([]);
    expect(saveProblems(draft({ executedAmount: null }), [])).toEqual(['请填写全年执行数（没有执行请填 0）']);
  });

  it.each([
    ['a complete form', draft(), []],
    ['an empty conclusion', draft({ conclusion: '  ' }), ['请填写评价结论']],
    [
      'a quantitative row without actual and a qualitative row without level',
      draft({
        indicators: [row({ actualNumber: null }), row({ id: 2, name: '群众满意度', operator: '定性' })],
      }),
      ['请填写实际完成值：维修改造学校数、群众满意度'],
    ],
    [
      'a qualitative row with level but no score',
      draft({ indicators: [row({ operator: '定性', qualitativeLevel: '达成', name: '工程验收合格率' })] }),
      ['定性指标请在等级区间内填写得分：工程验收合格率'],
    ],
  ])('submit: %s', (_label, d, expected) => {
    expect(submitProblems(d, [])).toEqual(expected);
  });

  describe('a 定性 score outside its band', () => {
    const partly = row({ operator: '定性', name: '群众满意度', weight: 10, qualitativeLevel: '部分达成' });
    const scores = [{ score: 6, maxScore: 10, ruleScore: 7.99, band: { min: 6, max: 7.99 }, flags: [] }];

    it.each([
      [5.5, '部分达成的得分应在 6–7.99 分之间'],
      [8, '部分达成的得分应在 6–7.99 分之间'],
      [6, null],
      [7.99, null],
      [null, null],
    ])('claimed %s → %s', (claimedScore, expected) => {
      expect(claimError({ ...partly, claimedScore }, scores[0].band)).toBe(expected);
    });

    it('is refused by save and by submit, with the row named', () => {
      const d = draft({ indicators: [{ ...partly, claimedScore: 10 }] });
      const problem = '指标“群众满意度”部分达成的得分应在 6–7.99 分之间';
      expect(saveProblems(d, scores)).toEqual([problem]);
      expect(submitProblems(d, scores)).toEqual([problem]);
    });

    it('does not apply to quantitative rows, which have no band', () => {
      expect(claimError(row({ claimedScore: 30 }), undefined)).toBeNull();
    });
  });
});
