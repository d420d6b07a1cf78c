import type { Actor } from '../../core/access';
import type { Role } from '../../core/enums';
import { AppError } from './errors';

/** Throws FORBIDDEN unless the actor has one of the roles. */
export function assertRole(actor: Actor, roles: readonly Role[], what = '执行此操作') {
  if (!roles.includes(actor.role)) throw new AppError('FORBIDDEN', `当前角色无权${what}`);
}
