import { registerDocument } from '../../platform/documents';
import { isReviewer } from './policy';
import { findBatch, findSample } from './repo';

// History tabs (and working papers attached by reviewers) for review samples and batches.
registerDocument('reviewSample', {
  label: '复核底稿',
  async canRead(ctx, id) {
    return Boolean(await findSample(ctx.db, ctx.actor, id));
  },
  async canAttach(ctx, id) {
    const s = await findSample(ctx.db, ctx.actor, id);
    return Boolean(s && isReviewer(ctx.actor, s) && (s.status === 'pending' || s.status === 'resubmitted'));
  },
});
registerDocument('reviewBatch', {
  label: '复核批次',
  async canRead(ctx, id) {
    return (
      ['admin', 'finance', 'leader'].includes(ctx.actor.role) &&
      Boolean(await findBatch(ctx.db, ctx.actor.regionCode, id))
    );
  },
  async canAttach(ctx, id) {
    return ['admin', 'finance'].includes(ctx.actor.role) && Boolean(await findBatch(ctx.db, ctx.actor.regionCode, id));
  },
});
