import { and, asc, eq, inArray } from 'drizzle-orm';
import { calendarCompletions, calendarMilestones, orgUnits } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export async function findMilestones(db: DbOrTx, regionCode: string, year: number) {
  return db
    .select()
    .from(calendarMilestones)
    .where(and(eq(calendarMilestones.regionCode, regionCode), eq(calendarMilestones.year, year)))
    .orderBy(asc(calendarMilestones.dueOn), asc(calendarMilestones.id));
}

export async function findMilestone(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(calendarMilestones)
    .where(and(eq(calendarMilestones.regionCode, regionCode), eq(calendarMilestones.id, id)));
  return row;
}

/** Completions of the given milestones (optionally for one unit). */
export async function findCompletions(db: DbOrTx, milestoneIds: number[], unitId?: number) {
  if (!milestoneIds.length) return [];
  return db
    .select({ milestoneId: calendarCompletions.milestoneId, unitId: calendarCompletions.unitId })
    .from(calendarCompletions)
    .where(
      and(
        inArray(calendarCompletions.milestoneId, milestoneIds),
        unitId ? eq(calendarCompletions.unitId, unitId) : undefined,
      ),
    );
}

/** Active org nodes of a kind in the region. */
export async function findOrgs(db: DbOrTx, regionCode: string, kind: 'budgetUnit' | 'department') {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.kind, kind), eq(orgUnits.active, true)))
    .orderBy(asc(orgUnits.code));
}
