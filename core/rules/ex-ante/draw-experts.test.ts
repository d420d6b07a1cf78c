import { describe, expect, it } from 'vitest';
import { drawExperts, mulberry32, type PoolExpert } from './draw-experts.ts';

const pool: PoolExpert[] = [
  { id: 'e01', fields: ['education'], unitId: 'u1', departmentId: 'd1' },
  { id: 'e02', fields: ['education', 'health'], unitId: 'u2', departmentId: 'd1' },
  { id: 'e03', fields: ['education'], unitId: 'u3', departmentId: 'd2' },
  { id: 'e04', fields: ['education'] },
  { id: 'e05', fields: ['education'], active: false },
  { id: 'e06', fields: ['health'] },
  { id: 'e07', fields: ['education'], unitId: 'u7', departmentId: 'd3' },
  { id: 'e08', fields: ['education'], unitId: 'u8', departmentId: 'd4' },
];
const project = { unitId: 'u1', departmentId: 'd1' };
const ids = (r: ReturnType<typeof drawExperts>): string[] => (r.ok ? r.value.experts.map((e) => e.id) : []);

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('drawExperts', () => {
  it('draws the same experts for the same seed whatever the pool order', () => {
    const options = { count: 3, field: 'education', excludeConflicts: false, seed: 2025 };
    const first = drawExperts(pool, options);
    expect(ids(first)).toHaveLength(3);
    expect(ids(drawExperts([...pool].reverse(), options))).toEqual(ids(first));
    expect(new Set(ids(first)).size).toBe(3);
  });

  it('only draws active experts of the field and skips conflicts', () => {
    const result = drawExperts(pool, { count: 4, field: 'education', excludeConflicts: true, project, seed: 7 });
    expect([...ids(result)].sort()).toEqual(['e03', 'e04', 'e07', 'e08']);
    expect(result.ok && result.value.excluded).toEqual([
      { id: 'e01', code: 'CONFLICT_SAME_UNIT' },
      { id: 'e02', code: 'CONFLICT_SAME_DEPARTMENT' },
    ]);
  });

  it('varies with the seed', () => {
    const draws = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        ids(drawExperts(pool, { count: 2, field: 'education', excludeConflicts: false, seed })).join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
  });

  it.each([
    [{ count: 5, field: 'education', excludeConflicts: true, project, seed: 1 }, 'DRAW_NOT_ENOUGH_EXPERTS'],
    [{ count: 1, field: 'roads', excludeConflicts: false, seed: 1 }, 'DRAW_NOT_ENOUGH_EXPERTS'],
    [{ count: 0, field: 'education', excludeConflicts: false, seed: 1 }, 'DRAW_COUNT_INVALID'],
    [{ count: 1, field: 'education', excludeConflicts: true, seed: 1 }, 'DRAW_PROJECT_REQUIRED'],
  ])('refuses %o', (options, code) => {
    expect(drawExperts(pool, options)).toMatchObject({ ok: false, code });
  });
});
