import type { Actor } from '../../../core/access';
import type { ReviewSampleStatus } from '../../../core/contracts/reviews';
import { AppError } from '../../platform/errors';

export type SampleAction = 'editFindings' | 'editWorkpaper' | 'pass' | 'return' | 'rerunChecks';

/** Finance organises batches; finance and the assigned reviewer (expert / agency) work the samples. */
export function assertFinance(actor: Actor, what: string) {
  if (!['admin', 'finance'].includes(actor.role)) throw new AppError('FORBIDDEN', `当前角色无权${what}`);
}

export function isReviewer(actor: Actor, sample: { reviewerUserId: number | null; agencyOrgId: number | null }) {
  if (['admin', 'finance'].includes(actor.role)) return true;
  return sample.reviewerUserId === actor.userId || (actor.role === 'agency' && sample.agencyOrgId === actor.orgId);
}

export type BatchAction = 'sample' | 'assign' | 'bulkPass' | 'close' | 'reopen';

/** Finance works an open batch and closes it (办结); only the administrator reopens a closed one. */
export function batchActions(actor: Actor, batch: { status: string }): BatchAction[] {
  if (batch.status === 'closed') return actor.role === 'admin' ? ['reopen'] : [];
  return ['admin', 'finance'].includes(actor.role) ? ['sample', 'assign', 'bulkPass', 'close'] : [];
}

export function assertBatchAction(actor: Actor, batch: { status: string }, action: BatchAction) {
  if (batchActions(actor, batch).includes(action)) return;
  if (action === 'reopen' && actor.role !== 'admin')
    throw new AppError('FORBIDDEN', '仅系统管理员可重新打开已办结的批次');
  if (!['admin', 'finance'].includes(actor.role)) throw new AppError('FORBIDDEN', '当前角色无权办理复核批次');
  throw new AppError('INVALID_TRANSITION', batch.status === 'closed' ? '复核批次已办结' : '复核批次尚未办结');
}

/** What the actor may do on a sample in its current status; nothing once the batch is closed (办结). */
export function sampleActions(
  actor: Actor,
  sample: {
    status: string;
    reviewerUserId: number | null;
    agencyOrgId: number | null;
    selfStatus: string;
    batchStatus: string;
  },
): SampleAction[] {
  if (!isReviewer(actor, sample) || sample.batchStatus === 'closed') return [];
  const status = sample.status as ReviewSampleStatus;
  const open = status === 'pending' || status === 'resubmitted';
  const out: SampleAction[] = [];
  if (open) out.push('editFindings', 'editWorkpaper', 'rerunChecks');
  if (open && ['admin', 'finance'].includes(actor.role)) {
    if (sample.selfStatus !== 'returned' && sample.selfStatus !== 'draft') out.push('pass');
    out.push('return');
  }
  return out;
}

export function assertSampleAction(actor: Actor, sample: Parameters<typeof sampleActions>[1], action: SampleAction) {
  if (sampleActions(actor, sample).includes(action)) return;
  if (sample.batchStatus === 'closed') throw new AppError('INVALID_TRANSITION', '复核批次已办结，不能再修改');
  if (!isReviewer(actor, sample)) throw new AppError('FORBIDDEN', '当前账号不是该项目的复核人员');
  if ((action === 'pass' || action === 'return') && !['admin', 'finance'].includes(actor.role))
    throw new AppError('FORBIDDEN', '复核结论由财政部门作出');
  throw new AppError('INVALID_TRANSITION', '当前复核状态下不能执行此操作');
}
