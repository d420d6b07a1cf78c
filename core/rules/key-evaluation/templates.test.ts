import { describe, expect, it } from 'vitest';
import { defaultKeyEvaluationRules as rules } from './rules.ts';
import { type EvaluationTemplate, templateIndicators } from './template-types.ts';
import { evaluationKindLabels, evaluationKinds, type FrameworkCode, frameworkLabels } from './types.ts';
import { validateEvaluationTemplate, validateFrameworkWeights } from './validate-template.ts';

describe('default templates', () => {
  it.each(evaluationKinds.map((k) => [k, evaluationKindLabels[k]]))('%s (%s): valid, 15/25/30/30, guided', (kind) => {
    const template = rules.templates[kind];
    expect(template.kind).toBe(kind);
    expect(validateEvaluationTemplate(template, rules)).toEqual([]);
    expect(template.dimensions.map((d) => [d.code, d.weight])).toEqual([
      ['decision', 15],
      ['process', 25],
      ['output', 30],
      ['benefit', 30],
    ]);
    const indicators = templateIndicators(template);
    expect(indicators.length).toBeGreaterThanOrEqual(10);
    expect(indicators.every((i) => i.guidance.length > 0)).toBe(true);
  });

  it('labels kinds and framework levels in Chinese', () => {
    expect(Object.values(evaluationKindLabels)).toEqual([
      '项目支出',
      '部门整体',
      '政策',
      '政府采购',
      '政府购买服务',
      '政府债务',
    ]);
    expect(Object.values(frameworkLabels)).toEqual(['决策', '过程', '产出', '效益']);
  });
});

describe('validateFrameworkWeights', () => {
  it.each<[string, Record<FrameworkCode, number>, string[]]>([
    ['default 15/25/30/30', { decision: 15, process: 25, output: 30, benefit: 30 }, []],
    ['产出 + 效益 exactly 60 %', { decision: 20, process: 20, output: 30, benefit: 30 }, []],
    ['产出 + 效益 59 %', { decision: 20, process: 21, output: 29, benefit: 30 }, ['OUTPUT_BENEFIT_SHARE']],
    ['sum 99', { decision: 15, process: 24, output: 30, benefit: 30 }, ['FRAMEWORK_WEIGHT_SUM']],
    ['decimals summing to 100', { decision: 12.5, process: 27.5, output: 30, benefit: 30 }, []],
  ])('%s', (_name, weights, codes) => {
    expect(validateFrameworkWeights(weights, rules).map((i) => i.code)).toEqual(codes);
  });
});

const clone = (): EvaluationTemplate => structuredClone(rules.templates.project);

describe('validateEvaluationTemplate', () => {
  it.each<[string, (t: EvaluationTemplate) => void, string[]]>([
    ['untouched', () => {}, []],
    [
      'missing 效益',
      (t) => {
        t.dimensions.pop();
      },
      ['FRAMEWORK_INCOMPLETE'],
    ],
    [
      'level2 weights off',
      (t) => {
        t.dimensions[0].level2[0].weight = 7;
      },
      ['LEVEL2_WEIGHT_SUM', 'LEVEL3_WEIGHT_SUM'],
    ],
    [
      'level3 weights off',
      (t) => {
        t.dimensions[2].level2[0].indicators[0].weight = 9;
      },
      ['LEVEL3_WEIGHT_SUM'],
    ],
    [
      'one point moved from 产出 to 决策 (产出 + 效益 = 59)',
      (t) => {
        t.dimensions[0].weight = 16;
        t.dimensions[2].weight = 29;
      },
      ['OUTPUT_BENEFIT_SHARE', 'LEVEL2_WEIGHT_SUM', 'LEVEL2_WEIGHT_SUM'],
    ],
    [
      'duplicate indicator code',
      (t) => {
        t.dimensions[3].level2[0].indicators[0].code = 'completionRate';
      },
      ['DUPLICATE_CODE'],
    ],
    [
      'zero deduction',
      (t) => {
        t.dimensions[1].level2[0].indicators[2].method = { type: 'deduction', perOccurrence: 0 };
      },
      ['DEDUCTION_INVALID'],
    ],
    [
      'band above 100 %',
      (t) => {
        t.dimensions[2].level2[2].indicators[0].method = {
          type: 'bands',
          unit: '%',
          bands: [{ min: 100, percent: 120 }],
        };
      },
      ['BANDS_INVALID'],
    ],
    [
      'empty level2',
      (t) => {
        t.dimensions[2].level2[1].indicators = [];
      },
      ['LEVEL2_EMPTY', 'LEVEL3_WEIGHT_SUM'],
    ],
  ])('%s', (_name, mutate, codes) => {
    const t = clone();
    mutate(t);
    expect(validateEvaluationTemplate(t, rules).map((i) => i.code)).toEqual(codes);
  });
});
