import { describe, expect, it } from 'vitest';
import { fieldCodes, fields } from './fields.ts';
import {
  commonIndicators,
  fieldIndicators,
  type IndicatorTemplate,
  indicatorLibrary,
  level2ByLevel1,
} from './indicators.ts';
import { budgetUnits, departments, financeBureau } from './org.ts';
import { agencies, experts, personNames, policyDocuments } from './people.ts';
import { projectTemplates } from './projects.ts';
import {
  feedbackQuestions,
  goodAnalysisTexts,
  keyEvaluationFindings,
  perfunctoryTexts,
  reviewAreas,
  reviewerSuggestions,
  trainingTopics,
} from './texts.ts';

const quantitative = new Set(['≥', '>', '=', '<', '≤']);

function validIndicator(i: IndicatorTemplate): string[] {
  const errors: string[] = [];
  if (!level2ByLevel1[i.level1].includes(i.level2)) errors.push(`${i.name}: ${i.level1}/${i.level2}`);
  if (quantitative.has(i.operator)) {
    if (i.unit === '') errors.push(`${i.name}: quantitative without unit`);
    if (!/^\d+(\.\d+)?$/.test(i.recommendedValue)) errors.push(`${i.name}: value ${i.recommendedValue}`);
  } else if (i.unit !== '' || i.recommendedValue === '') errors.push(`${i.name}: qualitative unit/value`);
  if (i.level2 === 'cost' && !['≤', '<'].includes(i.operator)) errors.push(`${i.name}: cost with ${i.operator}`);
  if (/[*_]/.test(i.recommendedValue)) errors.push(`${i.name}: bad characters in value`);
  if (i.name.length > 100) errors.push(`${i.name}: name too long`);
  if (!i.explanation || !i.calculation || !i.dataSource || !i.industry || !i.category)
    errors.push(`${i.name}: empty text`);
  return errors;
}

describe('org catalog', () => {
  it('has the finance bureau of 江岸区', () => {
    expect(financeBureau.regionCode).toBe('420102');
    expect(financeBureau.divisions.some((d) => d.kind === 'performance')).toBe(true);
  });

  it('has exactly 72 unique budget units coded under their department', () => {
    const codes = budgetUnits.map((u) => u.code);
    expect(codes).toHaveLength(72);
    expect(new Set(codes).size).toBe(72);
    expect(new Set(budgetUnits.map((u) => u.name)).size).toBe(72);
    for (const d of departments) {
      expect(d.code).toMatch(/^\d{3}$/);
      expect(d.units.length).toBeGreaterThan(0);
      expect(d.units.some((u) => u.name.endsWith('机关') || u.name.endsWith('街道办事处'))).toBe(true);
      for (const u of d.units) expect(u.code).toMatch(new RegExp(`^${d.code}\\d{3}$`));
      for (const f of d.fieldCodes) expect(fieldCodes).toContain(f);
    }
    expect(new Set(departments.map((d) => d.code)).size).toBe(departments.length);
    expect(departments.length).toBeGreaterThanOrEqual(18);
    const divisionDepts = financeBureau.divisions.flatMap((d) => d.departmentCodes);
    for (const code of divisionDepts) expect(departments.map((d) => d.code)).toContain(code);
  });
});

describe('fields and indicators', () => {
  it('has 12 fields with unique codes and keywords', () => {
    expect(fields).toHaveLength(12);
    expect(fields.map((f) => f.code)).toEqual([...fieldCodes]);
    expect(new Set(fields.map((f) => f.name)).size).toBe(12);
    for (const f of fields) expect(f.keywords.length).toBeGreaterThanOrEqual(8);
  });

  it('has valid level, operator and unit combinations', () => {
    expect(indicatorLibrary.flatMap(validIndicator)).toEqual([]);
    expect(indicatorLibrary.length).toBeGreaterThanOrEqual(160);
  });

  it('has common indicators', () => {
    expect(commonIndicators.length).toBeGreaterThanOrEqual(10);
    for (const i of commonIndicators) {
      expect(i.fieldCode).toBeNull();
      expect(i.layer).toBe('common');
    }
    expect(new Set(commonIndicators.map((i) => i.name)).size).toBe(commonIndicators.length);
  });

  it.each(fieldCodes)('field %s has at least 12 well-balanced indicators with unique names', (code) => {
    const list = fieldIndicators.filter((i) => i.fieldCode === code);
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(new Set(list.map((i) => i.name)).size).toBe(list.length);
    const commonNames = new Set(commonIndicators.map((i) => i.name));
    for (const i of list) {
      expect(i.layer).toBe('industry');
      expect(commonNames.has(i.name)).toBe(false);
    }
    const count = (l1: string, l2?: string) =>
      list.filter((i) => i.level1 === l1 && (l2 === undefined || i.level2 === l2)).length;
    expect(count('output', 'quantity')).toBeGreaterThanOrEqual(3);
    expect(count('output', 'quality')).toBeGreaterThanOrEqual(2);
    expect(count('output', 'timeliness')).toBeGreaterThanOrEqual(1);
    expect(count('output', 'cost')).toBeGreaterThanOrEqual(1);
    expect(count('benefit')).toBeGreaterThanOrEqual(2);
    expect(count('satisfaction')).toBeGreaterThanOrEqual(1);
  });
});

describe('project templates', () => {
  it('has at least 8 templates per field', () => {
    for (const code of fieldCodes) {
      const list = projectTemplates.filter((p) => p.fieldCode === code);
      expect(list.length, code).toBeGreaterThanOrEqual(8);
      expect(new Set(list.map((p) => p.name)).size).toBe(list.length);
    }
  });

  it('uses budget types realistically and sane amounts', () => {
    const types = new Set(projectTemplates.map((p) => p.budgetType));
    expect(types).toEqual(new Set(['general', 'governmentFund', 'stateCapital']));
    expect(projectTemplates.filter((p) => p.budgetType === 'general').length).toBeGreaterThan(
      projectTemplates.length / 2,
    );
    const deptCodes = new Set(departments.map((d) => d.code));
    for (const p of projectTemplates) {
      expect(Number.isInteger(p.amountWan.min) && Number.isInteger(p.amountWan.max), p.name).toBe(true);
      expect(p.amountWan.min).toBeGreaterThan(0);
      expect(p.amountWan.max).toBeGreaterThan(p.amountWan.min);
      for (const d of p.departmentCodes) expect(deptCodes.has(d), `${p.name} ${d}`).toBe(true);
      expect(p.goal).toContain('{year}');
    }
  });

  it('references only existing indicators of its field or common ones, with output and benefit', () => {
    const missing: string[] = [];
    for (const p of projectTemplates) {
      const pool = new Map(
        indicatorLibrary.filter((i) => i.fieldCode === p.fieldCode || i.fieldCode === null).map((i) => [i.name, i]),
      );
      expect(new Set(p.indicatorNames).size, p.name).toBe(p.indicatorNames.length);
      const used = p.indicatorNames.map((n) => {
        const found = pool.get(n);
        if (!found) missing.push(`${p.name}: ${n}`);
        return found;
      });
      expect(
        used.some((i) => i?.level1 === 'output'),
        p.name,
      ).toBe(true);
      expect(
        used.some((i) => i?.level1 === 'benefit'),
        p.name,
      ).toBe(true);
    }
    expect(missing).toEqual([]);
  });
});

describe('people', () => {
  it('has distinct names for users and experts', () => {
    expect(personNames.length).toBeGreaterThanOrEqual(40);
    const all = [...personNames, ...experts.map((e) => e.name)];
    expect(new Set(all).size).toBe(all.length);
    expect(experts.length).toBeGreaterThanOrEqual(20);
    const deptCodes = new Set(departments.map((d) => d.code));
    for (const e of experts) {
      if (e.departmentCode !== null) expect(deptCodes.has(e.departmentCode)).toBe(true);
      expect(e.fieldCodes.length).toBeGreaterThan(0);
    }
  });

  it('has 5 agencies and 10 policy documents', () => {
    expect(agencies).toHaveLength(5);
    expect(new Set(agencies.map((a) => a.name)).size).toBe(5);
    expect(policyDocuments).toHaveLength(10);
    expect(new Set(policyDocuments.map((p) => p.docNo)).size).toBe(10);
    for (const p of policyDocuments) {
      expect(p.issuedOn).toMatch(/^2025-\d{2}-\d{2}$/);
      expect(p.docNo).toMatch(/〔2025〕\d+号$/);
    }
  });
});

describe('texts', () => {
  it('has distinct good texts of 40–150 characters', () => {
    expect(goodAnalysisTexts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(goodAnalysisTexts.map((t) => t.text)).size).toBe(goodAnalysisTexts.length);
    for (const t of goodAnalysisTexts) {
      expect(t.text.length, t.text).toBeGreaterThanOrEqual(40);
      expect(t.text.length, t.text).toBeLessThanOrEqual(150);
    }
    for (const t of perfunctoryTexts) expect(t.length).toBeLessThan(40);
  });

  it('has suggestions for each review area and other snippets', () => {
    for (const a of reviewAreas) expect(reviewerSuggestions[a.code].length).toBeGreaterThanOrEqual(10);
    expect(keyEvaluationFindings.length).toBeGreaterThanOrEqual(15);
    expect(feedbackQuestions.length).toBeGreaterThanOrEqual(15);
    expect(trainingTopics).toHaveLength(3);
  });
});
