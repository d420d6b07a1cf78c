import { describe, expect, it } from 'vitest';
import { type CostLine, checkCostLine, checkCostLines, lineAmount } from './cost-lines.ts';
import { defaultExAnteRules } from './rules.ts';
import { checkUnitCost } from './unit-cost.ts';

const rules = defaultExAnteRules;

describe('lineAmount (quantity × unit price, half up to the 分)', () => {
  it.each([
    [3, 12_345, { ok: true, value: 37_035 }],
    [2.5, 333, { ok: true, value: 833 }], // 832.5 → 833
    [0.333, 1_000, { ok: true, value: 333 }],
    [1.005, 100, { ok: true, value: 101 }], // 100.5 → 101, no float drift
    [0, 99_999, { ok: true, value: 0 }],
    [1.0001, 100, { ok: false, code: 'QUANTITY_PRECISION' }],
    [-1, 100, { ok: false, code: 'QUANTITY_INVALID' }],
    [1, 10.5, { ok: false, code: 'UNIT_PRICE_INVALID' }],
  ])('%s × %s', (quantity, unitPrice, expected) => {
    expect(lineAmount(quantity, unitPrice, rules)).toMatchObject(expected);
  });
});

describe('checkCostLine', () => {
  const line: CostLine = {
    name: '设备采购',
    quantity: 10,
    unitPrice: 110_00,
    basis: 'market',
    benchmarkUnitPrice: 100_00,
  };
  it.each([
    ['exactly +10 % of benchmark is accepted', line, []],
    ['one 分 above +10 % is flagged', { ...line, unitPrice: 110_01 }, ['UNIT_PRICE_ABOVE_BENCHMARK']],
    ['no benchmark, no flag', { ...line, unitPrice: 999_00, benchmarkUnitPrice: undefined }, []],
    ['declared amount matches', { ...line, amount: 1_100_00 }, []],
    ['declared amount differs', { ...line, amount: 1_100_01 }, ['LINE_AMOUNT_MISMATCH']],
    ['declared amount not integer', { ...line, amount: 1_100.5 }, ['AMOUNT_NOT_INTEGER']],
    ['uncomputable line', { ...line, quantity: 0.0001 }, ['QUANTITY_PRECISION']],
  ])('%s', (_name, input, codes) => {
    expect(checkCostLine(input, rules).map((i) => i.code)).toEqual(codes);
  });

  it('totals lines and tags issues with their index', () => {
    const result = checkCostLines([line, { ...line, unitPrice: 200_00 }], rules);
    expect(result.total).toBe(3_100_00);
    expect(result.issues).toMatchObject([{ code: 'UNIT_PRICE_ABOVE_BENCHMARK', path: 'lines.1' }]);
  });

  it('names both prices in the message (the basis label is not repeated as “定额标准标准”)', () => {
    const [issue] = checkCostLine({ ...line, basis: 'quota', unitPrice: 200_00 }, rules);
    expect(issue.message).toBe('“设备采购”单价200.00元高于标准单价100.00元超过10%');
  });
});

describe('checkUnitCost', () => {
  it.each([
    ['exactly +20 % of benchmark', { totalCost: 1_200_00, outputQuantity: 10, benchmarkUnitCost: 100_00 }, []],
    [
      'above benchmark',
      { totalCost: 1_200_01, outputQuantity: 10, benchmarkUnitCost: 100_00 },
      ['UNIT_COST_ABOVE_BENCHMARK'],
    ],
    [
      'above history, within benchmark',
      { totalCost: 1_000_00, outputQuantity: 8, benchmarkUnitCost: 120_00, historyUnitCost: 100_00 },
      ['UNIT_COST_ABOVE_HISTORY'],
    ],
  ])('%s', (_name, input, codes) => {
    const result = checkUnitCost(input, rules);
    expect(result.ok && result.value.issues.map((i) => i.code)).toEqual(codes);
  });

  it('rounds the displayed unit cost half up', () => {
    expect(checkUnitCost({ totalCost: 1_000, outputQuantity: 3 }, rules)).toMatchObject({
      ok: true,
      value: { unitCost: 333 },
    });
    expect(checkUnitCost({ totalCost: 1_001, outputQuantity: 2 }, rules)).toMatchObject({
      ok: true,
      value: { unitCost: 501 },
    });
  });

  it.each([
    [{ totalCost: 100, outputQuantity: 0 }, 'OUTPUT_QUANTITY_ZERO'],
    [{ totalCost: 100.5, outputQuantity: 1 }, 'AMOUNT_NOT_INTEGER'],
    [{ totalCost: 100, outputQuantity: 0.00001 }, 'QUANTITY_PRECISION'],
  ])('refuses %o', (input, code) => {
    expect(checkUnitCost(input, rules)).toMatchObject({ ok: false, code });
  });
});
