import type { Actor } from '../../../core/access';
import type {
  RectificationAction,
  RectificationItemAction,
  RectificationStatus,
} from '../../../core/contracts/rectification';
import { RECTIFICATION_STATUS_LABELS } from '../../../core/contracts/rectification';
import type { Role } from '../../../core/enums';
import { AppError } from '../../platform/errors';

interface Transition {
  from: readonly RectificationStatus[];
  to: RectificationStatus;
  roles: readonly Role[];
  /** Needs at least one evidence file on the item. */
  needsEvidence: boolean;
}

/**
 * The rectification state machine: issued → inProgress → submitted → closed | returned → inProgress.
 * The unit (or its department) works and submits; only finance closes (销号) or returns.
 */
export const TRANSITIONS: Record<RectificationAction, Transition> = {
  progress: {
    from: ['issued', 'inProgress', 'returned'],
    to: 'inProgress',
    roles: ['unit', 'department'],
    needsEvidence: false,
  },
  submit: { from: ['inProgress'], to: 'submitted', roles: ['unit', 'department'], needsEvidence: true },
  close: { from: ['submitted'], to: 'closed', roles: ['finance'], needsEvidence: true },
  return: { from: ['submitted'], to: 'returned', roles: ['finance'], needsEvidence: false },
};

/** Evidence is the unit's (or its department's) act, while the item is being worked on: not once submitted. */
export function canAttachEvidence(actor: Actor, status: string): boolean {
  return (actor.role === 'unit' || actor.role === 'department') && status !== 'submitted' && status !== 'closed';
}

/** Actions the actor may take on an item in this status (for `allowedActions`), evidence upload included. */
export function allowedActions(actor: Actor, status: RectificationStatus): RectificationItemAction[] {
  const moves = (Object.keys(TRANSITIONS) as RectificationAction[]).filter((a) => {
    const t = TRANSITIONS[a];
    return t.from.includes(status) && t.roles.includes(actor.role);
  });
  return canAttachEvidence(actor, status) ? [...moves, 'attachEvidence'] : moves;
}

/** Throws a clear Chinese error unless the action is allowed; returns the target status. */
export function assertTransition(
  actor: Actor,
  action: RectificationAction,
  item: { status: string; unitId: number },
): RectificationStatus {
  const t = TRANSITIONS[action];
  const status = item.status as RectificationStatus;
  if (!t.roles.includes(actor.role)) {
    if (action === 'close' && actor.role === 'unit')
      throw new AppError('FORBIDDEN', '预算单位不能对本单位的整改事项销号，销号须由财政部门审核');
    if (action === 'close' || action === 'return')
      throw new AppError('FORBIDDEN', '仅财政部门可以审核销号或退回整改事项');
    throw new AppError('FORBIDDEN', '仅整改责任单位或其主管部门可以填报整改进展');
  }
  if (!t.from.includes(status)) {
    if (status === 'closed') throw new AppError('INVALID_TRANSITION', '该整改事项已销号，不能重复操作');
    if (action === 'submit' && status === 'submitted')
      throw new AppError('INVALID_TRANSITION', '该整改事项已提交，正在等待财政审核，不能重复提交');
    if (action === 'submit') throw new AppError('INVALID_TRANSITION', '请先记录整改进展并上传佐证材料，再提交销号申请');
    throw new AppError(
      'INVALID_TRANSITION',
      `整改事项当前状态为“${RECTIFICATION_STATUS_LABELS[status] ?? status}”，不能执行此操作`,
    );
  }
  return t.to;
}
