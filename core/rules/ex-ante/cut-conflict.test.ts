import { describe, expect, it } from 'vitest';
import { checkConflict } from './conflict.ts';
import { computeCut } from './cut.ts';

describe('computeCut', () => {
  it.each([
    [
      { requested: 5_000_000_00, recommended: 4_709_000_00 },
      { ok: true, value: 29_100_000 },
    ],
    [
      { requested: 100, recommended: 100 },
      { ok: true, value: 0 },
    ],
    [
      { requested: 100, recommended: 0 },
      { ok: true, value: 100 },
    ],
    [
      { requested: 100, recommended: 101 },
      { ok: false, code: 'RECOMMENDED_EXCEEDS_REQUESTED' },
    ],
    [
      { requested: 100, recommended: -1 },
      { ok: false, code: 'AMOUNT_NEGATIVE' },
    ],
    [
      { requested: 100.5, recommended: 1 },
      { ok: false, code: 'AMOUNT_NOT_INTEGER' },
    ],
    [
      { requested: 100, recommended: 0.1 },
      { ok: false, code: 'AMOUNT_NOT_INTEGER' },
    ],
  ])('%o → %o', (input, expected) => {
    expect(computeCut(input)).toMatchObject(expected);
  });
});

describe('checkConflict', () => {
  const project = { unitId: 'u1', departmentId: 'd1' };
  it.each([
    ['external expert', { id: 'x' }, null],
    ['other unit, other department', { id: 'x', unitId: 'u2', departmentId: 'd2' }, null],
    ['same unit', { id: 'x', unitId: 'u1', departmentId: 'd1' }, 'CONFLICT_SAME_UNIT'],
    ['same department, other unit', { id: 'x', unitId: 'u3', departmentId: 'd1' }, 'CONFLICT_SAME_DEPARTMENT'],
    ['null org fields', { id: 'x', unitId: null, departmentId: null }, null],
  ])('%s', (_name, expert, code) => {
    const result = checkConflict(expert, project);
    if (code === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, code });
  });
});
