import { describe, expect, it } from 'vitest';
import { defaultKeyEvaluationRules as rules } from './rules.ts';
import { scoreEvaluation } from './score-evaluation.ts';
import type { IndicatorInput } from './scoring.ts';
import { type EvaluationTemplate, templateIndicators } from './template-types.ts';

/** Full marks for every indicator of a template. */
function fullInputs(template: EvaluationTemplate): Record<string, IndicatorInput> {
  const inputs: Record<string, IndicatorInput> = {};
  for (const i of templateIndicators(template)) {
    const m = i.method;
    if (m.type === 'ratio')
      inputs[i.code] = { type: 'ratio', numerator: m.formula === 'costSavingRate' ? 90 : 100, denominator: 100 };
    else if (m.type === 'bands') inputs[i.code] = { type: 'bands', value: Math.max(...m.bands.map((b) => b.min)) };
    else if (m.type === 'deduction') inputs[i.code] = { type: 'deduction', occurrences: 0 };
    else if (m.type === 'survey') inputs[i.code] = { type: 'survey', averagePercent: 100 };
    else inputs[i.code] = { type: 'judgement', score: i.weight };
  }
  return inputs;
}

describe('scoreEvaluation', () => {
  it.each(Object.values(rules.templates).map((t) => [t.kind, t] as const))(
    '%s: full marks give 100 and 优',
    (_kind, template) => {
      expect(scoreEvaluation(template, fullInputs(template), rules)).toMatchObject({
        ok: true,
        value: { total: 100, grade: '优', byLevel1: { decision: 15, process: 25, output: 30, benefit: 30 } },
      });
    },
  );

  it.each<[string, Record<string, IndicatorInput>, number, string]>([
    [
      'funds 95 % in place, satisfaction 92.5 %',
      {
        fundsInPlace: { type: 'ratio', numerator: 95, denominator: 100 },
        beneficiarySatisfaction: { type: 'survey', averagePercent: 92.5 },
      },
      99.2,
      '优',
    ],
    ['completion 0 → loses 10', { completionRate: { type: 'ratio', numerator: 0, denominator: 100 } }, 90, '优'],
    [
      'completion 0 and quality 99 % → 89.92',
      {
        completionRate: { type: 'ratio', numerator: 0, denominator: 10 },
        qualityRate: { type: 'ratio', numerator: 99, denominator: 100 },
      },
      89.92,
      '良',
    ],
    [
      'three compliance findings',
      {
        fundCompliance: { type: 'deduction', occurrences: 3 },
        completionRate: { type: 'ratio', numerator: 0, denominator: 1 },
      },
      87,
      '良',
    ],
  ])('project: %s', (_name, patch, total, grade) => {
    const template = rules.templates.project;
    const result = scoreEvaluation(template, { ...fullInputs(template), ...patch }, rules);
    expect(result).toMatchObject({ ok: true, value: { total, grade } });
  });

  it.each<[string, (inputs: Record<string, IndicatorInput>) => void, string]>([
    [
      'missing input',
      (inputs) => {
        delete inputs.onTime;
      },
      'INDICATOR_INPUT_MISSING',
    ],
    [
      'wrong input type',
      (inputs) => {
        inputs.onTime = { type: 'survey', averagePercent: 1 };
      },
      'METHOD_MISMATCH',
    ],
    [
      'zero denominator',
      (inputs) => {
        inputs.fundsInPlace = { type: 'ratio', numerator: 1, denominator: 0 };
      },
      'RATIO_DENOMINATOR_ZERO',
    ],
  ])('refuses %s', (_name, mutate, code) => {
    const inputs = fullInputs(rules.templates.project);
    mutate(inputs);
    const result = scoreEvaluation(rules.templates.project, inputs, rules);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toMatch(/^“/);
  });
});
