import { describe, expect, it } from 'vitest';
import { defaultYear, yearChoices } from './fiscal-years';

describe('default year of a page', () => {
  const demo = [2024, 2025, 2026];
  it.each([
    ['work', demo, 2026, 2026],
    ['evaluated', demo, 2026, 2025],
    ['budget', demo, 2026, 2026],
    ['budget', [...demo, 2027], 2026, 2027],
    ['work', demo, 2025, 2025],
    ['evaluated', demo, 2025, 2024],
    ['budget', demo, 2025, 2026],
    ['work', [2025, 2024], 2026, 2025],
    ['work', [], 2026, 2026],
  ] as const)('%s year among %j with work year %i is %i', (meaning, years, workYear, expected) => {
    expect(defaultYear(meaning, years, workYear)).toBe(expected);
  });
});

describe('year choices of a picker', () => {
  it('offers the fiscal years, ascending, a year added by the admin included', () => {
    expect(yearChoices([2026, 2024, 2025, 2027])).toEqual([2024, 2025, 2026, 2027]);
  });
  it('keeps a year named by a link even when the region has not opened it', () => {
    expect(yearChoices([2024, 2025, 2026], 2023)).toEqual([2023, 2024, 2025, 2026]);
    expect(yearChoices([2024, 2025, 2026], 2025)).toEqual([2024, 2025, 2026]);
  });
});
