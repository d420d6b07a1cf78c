import type { Actor } from '../../../core/access';

/** Finance and admin maintain the policy library; everyone in the region reads its current versions. */
export const canManagePolicies = (actor: Actor) => actor.role === 'finance' || actor.role === 'admin';

/** Actions the actor may take on one version of a document. */
export function policyActions(actor: Actor, row: { isCurrent: boolean }) {
  if (!canManagePolicies(actor) || !row.isCurrent) return [];
  return ['edit', 'revise', 'extractText'];
}
