import { describe, expect, it } from 'vitest';
import { defaultKeyEvaluationRules } from '../../../../../core/rules/key-evaluation/index';
import { previewTerms } from './terms';

const { qualitySheet, paymentBands } = defaultKeyEvaluationRules.agency;
const scores = (a: number, b: number, c: number, d: number, e: number) => ({
  teamCompetence: a,
  teamStability: b,
  communication: c,
  reportFacts: d,
  conclusions: e,
});

describe('previewTerms', () => {
  it.each([
    [scores(14, 14, 19, 23, 22.5), 92.5, 100, 186_000_00, 'goodRecord'],
    [scores(13, 13, 17, 22, 21), 86, 95, 176_700_00, 'none'],
    [scores(10, 10, 14, 18, 18), 70, 85, 158_100_00, 'warning'],
    [scores(8, 8, 10, 14, 14), 54, 70, 130_200_00, 'suspend'],
  ])('%o → %s points', (s, total, percent, payable, credit) => {
    const p = previewTerms(qualitySheet, s, paymentBands, 186_000_00);
    expect(p).toMatchObject({ total, paymentPercent: percent, payable, credit });
  });
  it('is null until every item is scored', () => {
    expect(previewTerms(qualitySheet, { teamCompetence: 10 }, paymentBands, 100)).toBeNull();
  });
});
