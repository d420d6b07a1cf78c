import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import { reviewSamples } from '../../db/schema/index';

/**
 * Subquery of the self-evaluation ids a reviewer (expert, or agency organisation) is assigned in any review batch.
 * Read-only and free of imports from the self-evaluation module, which uses it in its scope.
 */
export function selfEvaluationsAssignedTo(actor: Actor): SQL {
  return sql`(select ${reviewSamples.selfEvaluationId} from ${reviewSamples} where ${or(
    eq(reviewSamples.reviewerUserId, actor.userId),
    eq(reviewSamples.agencyOrgId, actor.orgId),
  )})`;
}
