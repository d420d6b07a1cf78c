import type { SelfEvaluationStatus } from '../../../core/contracts/self-evaluation';
import { registerDocument } from '../../platform/documents';
import { allowedActions } from './policy';
import { findSelfEvaluation } from './repo';

// Evidence per indicator: attachments with ownerEntity 'selfEvaluation' and slot = indicator id.
registerDocument('selfEvaluation', {
  label: '自评表',
  async canRead(ctx, id) {
    return Boolean(await findSelfEvaluation(ctx.db, ctx.actor, id));
  },
  async canAttach(ctx, id) {
    const row = await findSelfEvaluation(ctx.db, ctx.actor, id);
    if (!row) return false;
    const { status, unitId, reviewReturned } = row.form;
    return allowedActions(ctx.actor, status as SelfEvaluationStatus, unitId, reviewReturned).includes('edit');
  },
});
