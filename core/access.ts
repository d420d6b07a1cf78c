import type { Role } from './enums';

/** The signed-in user as every service sees it. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  orgId: number;
  /** The competent department the actor belongs to (department and unit roles). */
  departmentId: number | null;
  /** The budget unit the actor belongs to (unit role). */
  unitId: number | null;
}

/** How far a role sees within its region. */
export type Scope =
  | { kind: 'region'; regionCode: string }
  | { kind: 'department'; regionCode: string; departmentId: number }
  | { kind: 'unit'; regionCode: string; unitId: number }
  | { kind: 'assigned'; regionCode: string; userId: number };

/** Roles that see every row of their region. */
export const REGION_WIDE_ROLES: readonly Role[] = ['admin', 'finance', 'leader'];
/** Roles that may write anything at all (leaders only read). */
export const READ_ONLY_ROLES: readonly Role[] = ['leader'];

/** The row scope of an actor: region → department → unit, or only what is assigned (expert, agency). */
export function scopeOf(actor: Actor): Scope {
  const { regionCode } = actor;
  if (REGION_WIDE_ROLES.includes(actor.role)) return { kind: 'region', regionCode };
  if (actor.role === 'department' && actor.departmentId !== null) {
    return { kind: 'department', regionCode, departmentId: actor.departmentId };
  }
  if (actor.role === 'unit' && actor.unitId !== null) return { kind: 'unit', regionCode, unitId: actor.unitId };
  return { kind: 'assigned', regionCode, userId: actor.userId };
}

/** Whether a row owned by (region, department, unit) is inside the actor's scope. */
export function inScope(actor: Actor, row: { regionCode: string; departmentId: number | null; unitId: number | null }) {
  const scope = scopeOf(actor);
  if (row.regionCode !== scope.regionCode) return false;
  switch (scope.kind) {
    case 'region':
      return true;
    case 'department':
      return row.departmentId === scope.departmentId;
    case 'unit':
      return row.unitId === scope.unitId;
    case 'assigned':
      return false;
  }
}
