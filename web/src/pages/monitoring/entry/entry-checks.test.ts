import { describe, expect, it } from 'vitest';
import { entryProblems } from './entry-checks';

const base = { fundsReceived: 50_000, paid: 40_000, budget: 100_000, indicators: [] };
const indicator = { name: '维修改造学校数', likelihood: 'certain', reasons: [], note: '' };

describe('entryProblems', () => {
  it.each([
    ['a complete entry within budget', base, []],
    ['paid left empty', { ...base, paid: null }, ['请填写实际执行数（尚未支出请填 0）']],
    ['funds left empty', { ...base, fundsReceived: null }, ['请填写到位资金（没有到位资金请填 0）']],
    ['paid over budget', { ...base, paid: 100_001 }, ['实际执行数1,000.01元超过调整后预算1,000.00元']],
    ['funds over budget', { ...base, fundsReceived: 200_000 }, ['到位资金2,000.00元超过调整后预算1,000.00元']],
    ['paid equal to budget', { ...base, paid: 100_000 }, []],
    [
      'an indicator that may not be met, without a note',
      { ...base, indicators: [{ ...indicator, likelihood: 'impossible' }] },
      ['「维修改造学校数」完成可能性不是“确定能”，须填写偏差原因说明'],
    ],
    [
      'an indicator that may not be met, with a note',
      { ...base, indicators: [{ ...indicator, likelihood: 'possible', reasons: ['funding'], note: '资金未到位' }] },
      [],
    ],
  ])('%s', (_label, draft, expected) => {
    expect(entryProblems(draft)).toEqual(expected);
  });
});
