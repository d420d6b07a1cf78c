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

/** What the actor may do on a sample in its current status. */
export function sampleActions(
  actor: Actor,
  sample: { status: string; reviewerUserId: number | null; agencyOrgId: number | null; selfStatus: string },
): SampleAction[] {
  if (!isReviewer(actor, sample)) return [];
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
  if (!isReviewer(actor, sample)) throw new AppError('FORBIDDEN', '当前账号不是该项目的复核人员');
  if ((action === 'pass' || action === 'return') && !['admin', 'finance'].includes(actor.role))
    throw new AppError('FORBIDDEN', '复核结论由财政部门作出');
  throw new AppError('INVALID_TRANSITION', '当前复核状态下不能执行此操作');
}
