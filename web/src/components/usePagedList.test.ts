import { describe, expect, it } from 'vitest';
import { filtersFromQuery } from './usePagedList';

describe('filtersFromQuery', () => {
  it.each([
    ['year=2025', { year: 2025 }],
    ['year=2024&grade=优&departmentId=10', { year: 2024, grade: '优', departmentId: 10 }],
    ['status=approved&q=', { status: 'approved' }],
    ['year=2025&page=3&pageSize=100', { year: 2025 }],
    ['q=20250101123456', { q: '20250101123456' }],
  ])('%s', (query, expected) => {
    expect(filtersFromQuery(new URLSearchParams(query))).toEqual(expected);
  });
});
