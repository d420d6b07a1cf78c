import { and, count, eq, sql } from 'drizzle-orm';
import { auditEvents, orgUnits, users } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import { scopeWhere } from '../../platform/scope';

/** Live counts for the home page, scoped to what the caller may see. */
export async function homeStats(ctx: Ctx) {
  const orgScope = scopeWhere(ctx.actor, {
    region: orgUnits.regionCode,
    department: orgUnits.departmentId,
    unit: orgUnits.id,
  });
  const [orgs] = await ctx.db
    .select({
      departments: sql<number>`count(*) filter (where ${orgUnits.kind} = 'department')`.mapWith(Number),
      budgetUnits: sql<number>`count(*) filter (where ${orgUnits.kind} = 'budgetUnit')`.mapWith(Number),
    })
    .from(orgUnits)
    .where(and(orgScope, eq(orgUnits.active, true)));
  const [userCount] = await ctx.db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.regionCode, ctx.actor.regionCode), eq(users.status, 'active')));
  const [todayEvents] = await ctx.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.regionCode, ctx.actor.regionCode), sql`${auditEvents.at} >= current_date`));
  return {
    departments: orgs?.departments ?? 0,
    budgetUnits: orgs?.budgetUnits ?? 0,
    activeUsers: userCount.n,
    auditEventsToday: todayEvents.n,
  };
}
