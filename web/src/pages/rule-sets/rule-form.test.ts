import { describe, expect, it } from 'vitest';
import { ruleCatalogues } from '../../../../core/rules/rule-catalogues';
import type { RuleField } from '../../../../core/rules/rule-fields';
import { defaultRuleSet } from '../../../../core/rules/rule-set';
import {
  advancedPart,
  describeValue,
  fromDisplay,
  issuesAt,
  sameValue,
  setAt,
  toDisplay,
  unplacedIssues,
} from './rule-form';

const fieldOf = (path: string): RuleField => {
  const all = Object.values(ruleCatalogues).flatMap((c) => c.sections.flatMap((s) => s.fields));
  const field = all.find((f) => f.path === path);
  if (!field) throw new Error(`no field ${path}`);
  return field;
};

describe('rule form helpers', () => {
  it('replaces a value by dotted path without touching the original, arrays included', () => {
    const original = defaultRuleSet.scoring;
    const changed = setAt(original, 'gradeBands.1.min', 85);
    expect(changed.gradeBands[1].min).toBe(85);
    expect(Array.isArray(changed.gradeBands)).toBe(true);
    expect(original.gradeBands[1].min).toBe(80);
    expect(changed.gradeBands[0]).toBe(original.gradeBands[0]);
    expect(setAt(original, 'weights.levels.cost', 5).weights.levels).toEqual({ ...original.weights.levels, cost: 5 });
  });

  it('shows 分 amounts in 万元 and stores whole 分 back', () => {
    const spec = { min: 0, unit: '万元', integer: true, scale: 1_000_000 };
    expect(toDisplay(spec, defaultRuleSet.exAnte.thresholds.general.finance)).toBe(500);
    expect(fromDisplay(spec, 100.5)).toBe(100_500_000);
    expect(fromDisplay(spec, 0.0000001)).toBe(0);
    expect(fromDisplay({ min: 0, max: 1 }, 0.85)).toBe(0.85);
    expect(fromDisplay(spec, null)).toBeNull();
  });

  it('describes defaults in Chinese with their unit', () => {
    expect(describeValue(fieldOf('similarityThreshold'), 0.8)).toBe('0.8');
    expect(describeValue(fieldOf('minExecutionRateForExcellent'), 80)).toBe('80 %');
    expect(describeValue(fieldOf('panel.trimEnabled'), true)).toBe('是');
    expect(describeValue(fieldOf('framework'), 'classic2020')).toBe('财预〔2020〕10号');
    expect(describeValue(fieldOf('requiredLevels'), ['output', 'benefit'])).toBe('产出指标、效益指标');
    expect(describeValue(fieldOf('kindsInScope'), [])).toBe('（无）');
    expect(describeValue(fieldOf('gradeBands'), defaultRuleSet.scoring.gradeBands)).toBeNull();
  });

  it('finds the issues of a field and of the cells inside it', () => {
    const issues = [
      { path: 'gradeBands.1.min', message: 'a' },
      { path: 'gradeBandsExtra', message: 'b' },
      { path: 'gradeBands', message: 'c' },
    ];
    expect(issuesAt(issues, 'gradeBands').map((i) => i.message)).toEqual(['a', 'c']);
  });

  it('lists the issues no form field owns, and describes a band cell default', () => {
    const issues = [
      { path: 'gradeBands.1.min', message: 'a' },
      { path: 'templates.project', message: 'b' },
    ];
    expect(unplacedIssues(issues, [fieldOf('gradeBands')])).toEqual([issues[1]]);
    const column = ruleCatalogues.scoring.sections[1].fields[0];
    if (column.kind !== 'rows') throw new Error('gradeBands is a table');
    expect(describeValue(column.columns[1], 80)).toBe('80 分');
    expect(describeValue(column.columns[2], true)).toBe('是');
  });

  it('compares values deeply and keeps only the advanced keys for the JSON view', () => {
    expect(sameValue(defaultRuleSet.review, structuredClone(defaultRuleSet.review))).toBe(true);
    expect(sameValue(defaultRuleSet.review, { ...defaultRuleSet.review, similarityThreshold: 0.9 })).toBe(false);
    expect(Object.keys(advancedPart(defaultRuleSet.review, ['taxonomies']))).toEqual(['taxonomies']);
  });
});
