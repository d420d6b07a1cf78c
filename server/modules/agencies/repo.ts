import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import {
  agencies,
  agencyEngagements,
  agencyPayments,
  agencyServices,
  keyEvaluations,
  orgUnits,
} from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { outer } from '../../platform/outer-column';
import { scopeWhere } from '../../platform/scope';
import { ownAgencyCondition } from './access';

export type AgencyRow = typeof agencies.$inferSelect;
export type EngagementRow = typeof agencyEngagements.$inferSelect;

/** Agencies the actor may see: finance/admin/leader all of the region, an agency user its own. */
export const agencyScope = (actor: Actor) =>
  scopeWhere(actor, { region: agencies.regionCode }, ownAgencyCondition(actor));
/** Engagements the actor may see. */
const engagementScope = (actor: Actor) =>
  scopeWhere(actor, { region: agencyEngagements.regionCode }, eq(agencies.orgId, actor.orgId));

const paidSum =
  sql<number>`coalesce((select sum(p.amount) from ${agencyPayments} p where p.engagement_id = ${outer(agencyEngagements.id)}), 0)`.mapWith(
    Number,
  );

export function listAgencies(db: DbOrTx, actor: Actor) {
  return db
    .select({
      agency: agencies,
      engagements:
        sql<number>`(select count(*) from ${agencyEngagements} e where e.agency_id = ${outer(agencies.id)} and e.status <> 'cancelled')`.mapWith(
          Number,
        ),
      averageScore: sql<
        number | null
      >`(select round(avg(e.quality_score), 2) from ${agencyEngagements} e where e.agency_id = ${outer(agencies.id)} and e.status = 'scored')`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
    })
    .from(agencies)
    .where(agencyScope(actor))
    .orderBy(asc(agencies.id));
}

export async function findAgency(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select()
    .from(agencies)
    .where(and(agencyScope(actor), eq(agencies.id, id)));
  return row;
}

export function listServices(db: DbOrTx, agencyId: number) {
  return db
    .select({ service: agencyServices, orgName: orgUnits.name })
    .from(agencyServices)
    .leftJoin(orgUnits, eq(orgUnits.id, agencyServices.orgId))
    .where(eq(agencyServices.agencyId, agencyId))
    .orderBy(desc(agencyServices.year), asc(agencyServices.id));
}

/** Engagements with agency and evaluation names and the amount paid so far. */
export function listEngagements(db: DbOrTx, actor: Actor, filters: SQL[]) {
  return db
    .select({
      engagement: agencyEngagements,
      agencyName: agencies.name,
      agencyOrgId: agencies.orgId,
      evaluationName: keyEvaluations.name,
      evaluationStage: keyEvaluations.stage,
      paid: paidSum,
    })
    .from(agencyEngagements)
    .innerJoin(agencies, eq(agencies.id, agencyEngagements.agencyId))
    .innerJoin(keyEvaluations, eq(keyEvaluations.id, agencyEngagements.evaluationId))
    .where(and(engagementScope(actor), ...filters))
    .orderBy(desc(agencyEngagements.year), asc(agencyEngagements.id));
}

/**
 * Locks an engagement row for the rest of the transaction, so concurrent payments / scorings of one engagement
 * run one after the other and each sees what the previous one wrote.
 */
export async function lockEngagement(tx: DbOrTx, id: number) {
  await tx
    .select({ id: agencyEngagements.id })
    .from(agencyEngagements)
    .where(eq(agencyEngagements.id, id))
    .for('update');
}

/** Locks an agency row (its credit level and status change with each scored engagement). */
export async function lockAgency(tx: DbOrTx, actor: Actor, id: number) {
  const [row] = await tx
    .select()
    .from(agencies)
    .where(and(agencyScope(actor), eq(agencies.id, id)))
    .for('update');
  return row;
}

export function listPayments(db: DbOrTx, engagementId: number) {
  return db
    .select()
    .from(agencyPayments)
    .where(eq(agencyPayments.engagementId, engagementId))
    .orderBy(asc(agencyPayments.id));
}

/** Conflict-of-interest records of an agency for a year, with the served node's kind and department. */
export function servicesInYear(db: DbOrTx, agencyId: number, year: number) {
  return db
    .select({
      id: orgUnits.id,
      kind: orgUnits.kind,
      departmentId: orgUnits.departmentId,
      name: orgUnits.name,
      role: agencyServices.role,
    })
    .from(agencyServices)
    .innerJoin(orgUnits, eq(orgUnits.id, agencyServices.orgId))
    .where(and(eq(agencyServices.agencyId, agencyId), eq(agencyServices.year, year)));
}

export async function liveEngagementFor(db: DbOrTx, evaluationId: number) {
  const [row] = await db
    .select()
    .from(agencyEngagements)
    .where(and(eq(agencyEngagements.evaluationId, evaluationId), ne(agencyEngagements.status, 'cancelled')));
  return row;
}

export async function orgNode(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.id, id)));
  return row;
}

export async function agenciesByOrg(db: DbOrTx, regionCode: string, orgIds: number[]) {
  if (orgIds.length === 0) return [];
  return db
    .select()
    .from(agencies)
    .where(and(eq(agencies.regionCode, regionCode), inArray(agencies.orgId, orgIds)));
}
