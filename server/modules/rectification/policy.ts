import type { Actor } from '../../../core/access';
import { registerDocument } from '../../platform/documents';
import { AppError } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { findRow } from './repo';
import { canAttachEvidence } from './workflow';

/** Who may read the list at all: everyone with a region/department/unit scope. */
export function assertCanReadList(actor: Actor) {
  if (actor.role === 'expert' || actor.role === 'agency') throw new AppError('FORBIDDEN', '当前角色无权查看整改清单');
}

/** Manual entry (audit findings), reminders and notices are finance's job. */
export function assertFinance(actor: Actor, what: string) {
  assertRole(actor, ['admin', 'finance'], what);
}

// Evidence files hang off the item: readable in scope; attachable only by the unit/department while the item is
// being worked on (the same rule as the detail's `attachEvidence` action). Finance reviews, it does not upload.
registerDocument('rectification', {
  label: '整改事项',
  canRead: async (ctx, id) => Boolean(await findRow(ctx.db, ctx.actor, id)),
  canAttach: async (ctx, id) => {
    const row = await findRow(ctx.db, ctx.actor, id);
    return row ? canAttachEvidence(ctx.actor, row.status) : false;
  },
});
