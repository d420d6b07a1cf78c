import type { Actor } from '../../../core/access';
import type { SelfEvaluationStatus } from '../../../core/contracts/self-evaluation';
import type { Role } from '../../../core/enums';
import { AppError } from '../../platform/errors';

export type SelfEvaluationAction =
  | 'edit'
  | 'submit'
  | 'departmentApprove'
  | 'departmentReturn'
  | 'approve'
  | 'financeReturn';

/** The workflow as data: from which statuses, by which roles, to which status. */
export const TRANSITIONS: Record<
  Exclude<SelfEvaluationAction, 'edit'>,
  { from: SelfEvaluationStatus[]; roles: Role[]; to: SelfEvaluationStatus; label: string }
> = {
  submit: { from: ['draft', 'returned'], roles: ['unit'], to: 'submitted', label: '提交' },
  departmentApprove: {
    from: ['submitted'],
    roles: ['department'],
    to: 'departmentApproved',
    label: '主管部门审核通过',
  },
  departmentReturn: { from: ['submitted'], roles: ['department'], to: 'returned', label: '主管部门退回' },
  approve: { from: ['departmentApproved'], roles: ['finance', 'admin'], to: 'approved', label: '财政审核通过' },
  financeReturn: {
    from: ['departmentApproved', 'submitted'],
    roles: ['finance', 'admin'],
    to: 'returned',
    label: '财政退回',
  },
};

const EDITABLE: SelfEvaluationStatus[] = ['draft', 'returned'];

/** Actions the actor may take on a form in scope (the UI shows only these buttons). */
export function allowedActions(
  actor: Actor,
  status: SelfEvaluationStatus,
  unitId: number,
  reviewReturned = false,
): SelfEvaluationAction[] {
  const out: SelfEvaluationAction[] = [];
  const ownUnit = actor.role === 'unit' && actor.unitId === unitId;
  if (ownUnit && EDITABLE.includes(status)) out.push('edit');
  for (const [action, t] of Object.entries(TRANSITIONS) as [
    keyof typeof TRANSITIONS,
    (typeof TRANSITIONS)['submit'],
  ][]) {
    if (!t.from.includes(status) || !t.roles.includes(actor.role)) continue;
    if (actor.role === 'unit' && !ownUnit) continue;
    // A form resubmitted after a review return is decided in the review (pass / return), not here.
    if (reviewReturned && action !== 'submit') continue;
    out.push(action);
  }
  return out;
}

export function assertAllowed(
  actor: Actor,
  form: { status: string; unitId: number; reviewReturned: boolean },
  action: SelfEvaluationAction,
) {
  const status = form.status as SelfEvaluationStatus;
  if (allowedActions(actor, status, form.unitId, form.reviewReturned).includes(action)) return;
  if (action === 'edit' && actor.role === 'unit' && !EDITABLE.includes(status)) {
    throw new AppError('PERIOD_LOCKED', '自评表已提交或已审核，不能修改');
  }
  throw new AppError('INVALID_TRANSITION', `当前状态下不能执行该操作`);
}
