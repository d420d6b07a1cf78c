import { describe, expect, it } from 'vitest';
import { checkAssessmentGate, conclusionFromScore, validateConclusion } from './conclusion.ts';
import { defaultExAnteRules, type ExAnteRules } from './rules.ts';

describe('conclusionFromScore', () => {
  it.each([
    [100, 'support'],
    [80, 'support'],
    [79.99, 'partialSupport'],
    [60, 'partialSupport'],
    [59.99, 'reject'],
    [0, 'reject'],
  ])('%s → %s', (score, conclusion) => {
    expect(conclusionFromScore(score, defaultExAnteRules)).toBe(conclusion);
  });

  it('uses configured bands', () => {
    const rules: ExAnteRules = {
      ...defaultExAnteRules,
      conclusionBands: {
        bands: [
          { code: 'support', min: 85 },
          { code: 'partialSupport', min: 70 },
        ],
        fallback: 'reject',
      },
    };
    expect(conclusionFromScore(80, rules)).toBe('partialSupport');
    expect(conclusionFromScore(69.9, rules)).toBe('reject');
  });
});

describe('validateConclusion', () => {
  it.each([
    ['matches the band', { score: 80, conclusion: 'support' as const }, true, false],
    [
      'override with reason',
      { score: 82, conclusion: 'partialSupport' as const, overrideReason: '实施方案需调整' },
      true,
      true,
    ],
    ['override without reason', { score: 82, conclusion: 'partialSupport' as const }, false, true],
    [
      'override with blank reason',
      { score: 59, conclusion: 'partialSupport' as const, overrideReason: '  ' },
      false,
      true,
    ],
  ])('%s', (_name, input, accepted, overridden) => {
    const result = validateConclusion(input, defaultExAnteRules);
    expect(result.ok).toBe(accepted);
    if (result.ok) expect(result.value.overridden).toBe(overridden);
    else expect(result).toMatchObject({ code: 'OVERRIDE_REASON_REQUIRED' });
  });
});

describe('checkAssessmentGate', () => {
  it.each([
    ['not required', { required: false, conclusion: null, recommended: null, budget: 9 }, null],
    ['required, pending', { required: true, conclusion: null, recommended: null, budget: 9 }, 'ASSESSMENT_PENDING'],
    [
      'rejected',
      { required: true, conclusion: 'reject' as const, recommended: 0, budget: 0 },
      'ASSESSMENT_NOT_SUPPORTED',
    ],
    [
      'partial, within recommended',
      { required: true, conclusion: 'partialSupport' as const, recommended: 100, budget: 100 },
      null,
    ],
    [
      'support, above recommended',
      { required: true, conclusion: 'support' as const, recommended: 100, budget: 101 },
      'BUDGET_EXCEEDS_RECOMMENDED',
    ],
  ])('%s', (_name, input, code) => {
    const result = checkAssessmentGate(input, defaultExAnteRules);
    if (code === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, code });
  });
});
