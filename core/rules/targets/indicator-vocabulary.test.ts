// Tests of the shared vocabulary in ../indicator.ts (kept here because core/rules/ root is not ours to add files to).
import { describe, expect, it } from 'vitest';
import {
  allowedLevel1Of,
  type IndicatorFramework,
  isCostIndicator,
  isLevel2Allowed,
  isQuantitative,
  type Level1,
  type Level2,
  level2Codes,
  level2Labels,
  parseIndicatorNumber,
} from '../indicator.ts';

describe('allowedLevel1Of', () => {
  it.each<[Level2, IndicatorFramework, Level1[]]>([
    ['quantity', 'classic2020', ['output']],
    ['cost', 'classic2020', ['output']],
    ['economicCost', 'classic2020', []],
    ['cost', 'costFirst2021', []],
    ['economicCost', 'costFirst2021', ['cost']],
    ['ecoCost', 'costFirst2021', ['cost']],
    ['sustainable', 'classic2020', ['benefit']],
    ['serviceSatisfaction', 'costFirst2021', ['satisfaction']],
  ])('%s in %s → %j', (level2, framework, expected) => {
    expect(allowedLevel1Of(level2, framework)).toEqual(expected);
  });

  it('gives every level2 a label and a home in at least one framework', () => {
    for (const level2 of level2Codes) {
      expect(level2Labels[level2]).toMatch(/指标$/);
      const homes = [...allowedLevel1Of(level2, 'classic2020'), ...allowedLevel1Of(level2, 'costFirst2021')];
      expect(homes.length).toBeGreaterThan(0);
    }
  });
});

describe('isLevel2Allowed / isCostIndicator / isQuantitative', () => {
  it.each<[Level1, Level2, IndicatorFramework, boolean]>([
    ['output', 'cost', 'classic2020', true],
    ['cost', 'economicCost', 'classic2020', false],
    ['cost', 'economicCost', 'costFirst2021', true],
    ['benefit', 'quantity', 'classic2020', false],
  ])('%s/%s in %s → %s', (level1, level2, framework, expected) => {
    expect(isLevel2Allowed(level1, level2, framework)).toBe(expected);
  });

  it.each<[Level1, Level2, boolean]>([
    ['output', 'cost', true],
    ['cost', 'socialCost', true],
    ['output', 'quantity', false],
    ['benefit', 'economicBenefit', false],
  ])('isCostIndicator(%s, %s) → %s', (level1, level2, expected) => {
    expect(isCostIndicator(level1, level2)).toBe(expected);
  });

  it('treats only 定性 as qualitative', () => {
    expect(['≥', '>', '=', '<', '≤'].every((op) => isQuantitative(op as '≥'))).toBe(true);
    expect(isQuantitative('定性')).toBe(false);
  });
});

describe('parseIndicatorNumber', () => {
  it.each<[string, number | null]>([
    ['12', 12],
    [' 95.5 ', 95.5],
    ['0', 0],
    ['-1', null],
    ['95%', null],
    ['1,000', null],
    ['', null],
    ['约10', null],
    ['1.', null],
  ])('%j → %s', (value, expected) => {
    expect(parseIndicatorNumber(value)).toBe(expected);
  });
});
