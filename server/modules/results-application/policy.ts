import type { Actor } from '../../../core/access';
import { AppError } from '../../platform/errors';
import { assertRole } from '../../platform/policy';

/** Finance (and admin) decide; departments and leaders read; units, experts and agencies do not see the list. */
export function assertCanRead(actor: Actor) {
  if (!['admin', 'finance', 'leader', 'department'].includes(actor.role))
    throw new AppError('FORBIDDEN', '当前角色无权查看结果应用清单');
}

export function assertCanDecide(actor: Actor) {
  assertRole(actor, ['admin', 'finance'], '确认结果应用调整');
}
