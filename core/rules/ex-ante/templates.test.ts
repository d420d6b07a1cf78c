import { describe, expect, it } from 'vitest';
import { defaultPolicyTemplate } from './template-policy.ts';
import { defaultProjectTemplate } from './template-project.ts';
import { defaultSpecialBondTemplate } from './template-special-bond.ts';
import { exAnteDimensionCodes, type ScoringTemplate } from './template-types.ts';
import { validateTemplate } from './validate-template.ts';

describe('default templates', () => {
  it.each([
    ['project', defaultProjectTemplate],
    ['policy', defaultPolicyTemplate],
    ['specialBond', defaultSpecialBondTemplate],
  ])('%s: valid, five dimensions of 20, 2–4 guided points each', (code, template) => {
    expect(template.code).toBe(code);
    expect(validateTemplate(template)).toEqual([]);
    expect(template.dimensions.map((d) => d.code)).toEqual([...exAnteDimensionCodes]);
    for (const d of template.dimensions) {
      expect(d.weight).toBe(20);
      expect(d.points.length).toBeGreaterThanOrEqual(2);
      expect(d.points.length).toBeLessThanOrEqual(4);
      for (const p of d.points) expect(p.guidance).toMatch(/得\d+分/);
    }
  });
});

const clone = (): ScoringTemplate => structuredClone(defaultProjectTemplate);

describe('validateTemplate', () => {
  it.each<[string, (t: ScoringTemplate) => void, string[]]>([
    ['untouched default', () => {}, []],
    [
      'dimension weights not 100',
      (t) => {
        t.dimensions[0].weight = 25;
      },
      ['TEMPLATE_WEIGHT_SUM', 'DIMENSION_WEIGHT_SUM'],
    ],
    [
      'points do not add up to the dimension',
      (t) => {
        t.dimensions[1].points[0].weight = 7;
      },
      ['DIMENSION_WEIGHT_SUM'],
    ],
    [
      'decimal weights that add up',
      (t) => {
        t.dimensions[1].points[1].weight = 3.3;
        t.dimensions[1].points[2].weight = 8.7;
      },
      [],
    ],
    [
      'zero weight point',
      (t) => {
        t.dimensions[0].points[0].weight = 0;
        t.dimensions[0].points[1].weight = 12;
      },
      ['WEIGHT_NOT_POSITIVE'],
    ],
    [
      'duplicate point code',
      (t) => {
        t.dimensions[2].points[0].code = 'policyBasis';
      },
      ['DUPLICATE_CODE'],
    ],
    [
      'dimension without points',
      (t) => {
        t.dimensions[4].points = [];
      },
      ['DIMENSION_EMPTY'],
    ],
  ])('%s', (_name, mutate, codes) => {
    const t = clone();
    mutate(t);
    expect(validateTemplate(t).map((i) => i.code)).toEqual(codes);
  });

  it('refuses a template without dimensions', () => {
    expect(validateTemplate({ code: 'x', name: 'x', dimensions: [] })).toMatchObject([{ code: 'TEMPLATE_EMPTY' }]);
  });
});
