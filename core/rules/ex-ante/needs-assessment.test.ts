import { describe, expect, it } from 'vitest';
import { type AssessmentCandidate, needsAssessment } from './needs-assessment.ts';
import { defaultExAnteRules, type ExAnteRules } from './rules.ts';

const WAN = 1_000_000;
const base: AssessmentCandidate = { kind: 'project', budgetType: 'general', isNew: true, requestedAmount: 0 };

describe('needsAssessment', () => {
  it.each([
    ['below department threshold', { requestedAmount: 100 * WAN - 1 }, false, null],
    ['exactly 100万元 → department', { requestedAmount: 100 * WAN }, true, 'department'],
    ['just below 500万元 → department', { requestedAmount: 500 * WAN - 1 }, true, 'department'],
    ['exactly 500万元 → finance', { requestedAmount: 500 * WAN }, true, 'finance'],
    ['new policy at 600万元 → finance', { kind: 'policy' as const, requestedAmount: 600 * WAN }, true, 'finance'],
    ['continuing project above threshold', { isNew: false, requestedAmount: 900 * WAN }, false, null],
    ['designated small project → finance', { designated: true, requestedAmount: 1 }, true, 'finance'],
    ['designated continuing project → finance', { designated: true, isNew: false }, true, 'finance'],
    [
      'fund budget uses its own thresholds',
      { budgetType: 'governmentFund' as const, requestedAmount: 100 * WAN },
      true,
      'department',
    ],
  ])('%s', (_name, patch, required, assessor) => {
    const need = needsAssessment({ ...base, ...patch }, defaultExAnteRules);
    expect(need.required).toBe(required);
    expect(need.assessor).toBe(assessor);
    expect(need.reason.length).toBeGreaterThan(0);
  });

  it('reads thresholds per budget type from the rules', () => {
    const rules: ExAnteRules = {
      ...defaultExAnteRules,
      thresholds: { ...defaultExAnteRules.thresholds, stateCapital: { department: 50 * WAN, finance: 200 * WAN } },
    };
    const project = { ...base, budgetType: 'stateCapital' as const, requestedAmount: 200 * WAN };
    expect(needsAssessment(project, rules).assessor).toBe('finance');
    expect(needsAssessment(project, defaultExAnteRules).assessor).toBe('department');
  });

  it('skips kinds outside the configured scope', () => {
    const rules: ExAnteRules = { ...defaultExAnteRules, kindsInScope: ['project'] };
    expect(needsAssessment({ ...base, kind: 'policy', requestedAmount: 600 * WAN }, rules).required).toBe(false);
  });

  it('names the amount in 万元 in the reason', () => {
    expect(needsAssessment({ ...base, requestedAmount: 123_456_789 }, defaultExAnteRules).reason).toContain(
      '123.46万元',
    );
  });
});
