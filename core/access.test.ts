import { describe, expect, it } from 'vitest';
import { type Actor, inScope, scopeOf } from './access';
import type { Role } from './enums';

function actor(role: Role, over: Partial<Actor> = {}): Actor {
  return {
    userId: 1,
    username: role,
    displayName: role,
    role,
    regionCode: '420102',
    orgId: 10,
    departmentId: role === 'department' || role === 'unit' ? 5 : null,
    unitId: role === 'unit' ? 10 : null,
    ...over,
  };
}
const own = { regionCode: '420102', departmentId: 5, unitId: 10 };
const sibling = { regionCode: '420102', departmentId: 5, unitId: 11 };
const otherDept = { regionCode: '420102', departmentId: 6, unitId: 12 };
const otherRegion = { regionCode: '420103', departmentId: 5, unitId: 10 };

describe('scope', () => {
  it.each([
    ['admin', 'region'],
    ['finance', 'region'],
    ['leader', 'region'],
    ['department', 'department'],
    ['unit', 'unit'],
    ['expert', 'assigned'],
    ['agency', 'assigned'],
  ] as const)('%s sees %s', (role, kind) => expect(scopeOf(actor(role)).kind).toBe(kind));

  it.each([
    ['finance', own, true],
    ['finance', otherDept, true],
    ['finance', otherRegion, false],
    ['department', sibling, true],
    ['department', otherDept, false],
    ['unit', own, true],
    ['unit', sibling, false],
    ['unit', otherRegion, false],
    ['expert', own, false],
  ] as const)('%s in scope of %o → %s', (role, row, expected) => expect(inScope(actor(role), row)).toBe(expected));

  it('a department user without a department falls back to assigned-only', () => {
    expect(scopeOf(actor('department', { departmentId: null })).kind).toBe('assigned');
  });
});
