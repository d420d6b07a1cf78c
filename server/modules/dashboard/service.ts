import { eq, type SQL, sql } from 'drizzle-orm';
import { scopeOf } from '../../../core/access';
import { workYearOf } from '../../../core/business-time';
import { regions } from '../../db/schema/index';
import { businessDayStartSql, businessTodaySql } from '../../platform/business-day';
import type { Ctx } from '../../platform/context';
import { outer } from '../../platform/outer-column';
import { preparedFor } from '../../platform/prepared';

type ScopeKind = ReturnType<typeof scopeOf>['kind'];

/** The org units a scope sees (active ones are counted), with its ids as placeholders. */
const ORG_SCOPE: Record<ScopeKind, SQL> = {
  region: sql`o.region_code = ${sql.placeholder('region')}`,
  department: sql`o.region_code = ${sql.placeholder('region')} and o.department_id = ${sql.placeholder('department')}`,
  unit: sql`o.region_code = ${sql.placeholder('region')} and o.id = ${sql.placeholder('unit')}`,
  assigned: sql`false`,
};

/**
 * The home page's counts in one round trip (scalar sub-selects on the caller's region row), one named prepared
 * statement per scope kind: the page every user opens first.
 */
const homeQueries = preparedFor((db) => {
  const one = (kind: ScopeKind) =>
    db
      .select({
        departments: sql<number>`(select count(*) from org_unit o where ${ORG_SCOPE[kind]}
          and o.active and o.kind = 'department')`.mapWith(Number),
        budgetUnits: sql<number>`(select count(*) from org_unit o where ${ORG_SCOPE[kind]}
          and o.active and o.kind = 'budgetUnit')`.mapWith(Number),
        activeUsers: sql<number>`(select count(*) from app_user u
          where u.region_code = ${outer(regions.code)} and u.status = 'active')`.mapWith(Number),
        auditEventsToday: sql<number>`(select count(*) from audit_event a
          where a.region_code = ${outer(regions.code)} and a.at >= ${businessDayStartSql(businessTodaySql)})`.mapWith(
          Number,
        ),
        // The last year the region's work calendar is laid out for; the work year follows from it (core workYearOf).
        workYear: sql<number | null>`(select max(m.year) from calendar_milestone m
          where m.region_code = ${outer(regions.code)} and m.cancelled_at is null)`,
      })
      .from(regions)
      .where(eq(regions.code, sql.placeholder('region')))
      .prepare(`home_stats_${kind}`);
  return { region: one('region'), department: one('department'), unit: one('unit'), assigned: one('assigned') };
});

/** Live counts for the home page, scoped to what the caller may see. */
export async function homeStats(ctx: Ctx) {
  const scope = scopeOf(ctx.actor);
  const [row] = await homeQueries(ctx.db)[scope.kind].execute({
    region: scope.regionCode,
    department: scope.kind === 'department' ? scope.departmentId : null,
    unit: scope.kind === 'unit' ? scope.unitId : null,
  });
  return {
    departments: row?.departments ?? 0,
    budgetUnits: row?.budgetUnits ?? 0,
    activeUsers: row?.activeUsers ?? 0,
    auditEventsToday: row?.auditEventsToday ?? 0,
    workYear: workYearOf(row?.workYear == null ? null : Number(row.workYear)),
  };
}
