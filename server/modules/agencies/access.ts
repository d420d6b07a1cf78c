import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../core/access';
import { agencies, agencyEngagements } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

/** An agency user sees the agency whose external org node they belong to. */
export function ownAgencyCondition(actor: Actor): SQL {
  return eq(agencies.orgId, actor.orgId);
}

/** Rows of an evaluation (by its id column) that the actor's agency is engaged for (not cancelled). */
export function engagedEvaluationCondition(actor: Actor, evaluationId: PgColumn): SQL {
  return sql`exists (select 1 from ${agencyEngagements} e join ${agencies} a on a.id = e.agency_id
    where e.evaluation_id = ${evaluationId} and e.status <> 'cancelled' and a.org_id = ${actor.orgId})`;
}

/** The live (not cancelled) engagement of an evaluation with its agency, if any. */
export async function activeEngagementOf(db: DbOrTx, evaluationId: number) {
  const [row] = await db
    .select({ engagement: agencyEngagements, agency: agencies })
    .from(agencyEngagements)
    .innerJoin(agencies, eq(agencies.id, agencyEngagements.agencyId))
    .where(and(eq(agencyEngagements.evaluationId, evaluationId), ne(agencyEngagements.status, 'cancelled')));
  return row;
}

/** Whether the actor is a user of the agency engaged for the evaluation. */
export async function isEngagedAgencyUser(db: DbOrTx, actor: Actor, evaluationId: number) {
  if (actor.role !== 'agency') return false;
  const live = await activeEngagementOf(db, evaluationId);
  return live !== undefined && live.agency.orgId === actor.orgId;
}
