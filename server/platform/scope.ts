import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type Actor, scopeOf } from '../../core/access';

export interface ScopeColumns {
  region: PgColumn;
  department?: PgColumn;
  unit?: PgColumn;
}

/**
 * The WHERE condition that limits a list to what the actor may see: region → department → unit.
 * `assigned` is the condition for experts and agencies (rows assigned to them); without it they see nothing.
 */
export function scopeWhere(actor: Actor, cols: ScopeColumns, assigned?: SQL): SQL {
  const scope = scopeOf(actor);
  const region = eq(cols.region, scope.regionCode);
  switch (scope.kind) {
    case 'region':
      return region;
    case 'department':
      return cols.department ? (and(region, eq(cols.department, scope.departmentId)) as SQL) : sql`false`;
    case 'unit':
      return cols.unit ? (and(region, eq(cols.unit, scope.unitId)) as SQL) : sql`false`;
    case 'assigned':
      return assigned ? (and(region, assigned) as SQL) : sql`false`;
  }
}
