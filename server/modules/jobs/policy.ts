import type { Actor } from '../../../core/access';
import type { JobAction } from '../../../core/contracts/jobs';
import type { Role } from '../../../core/enums';
import { registerDocument } from '../../platform/documents';
import { assertRole } from '../../platform/policy';
import * as repo from './repo';

/** Who sees the region's jobs, queues recomputes and retries failed jobs. */
export const JOB_ROLES: readonly Role[] = ['admin', 'finance'];

export const assertJobRole = (actor: Actor, what: string) => assertRole(actor, JOB_ROLES, what);

/** Which status each action needs. */
export const JOB_TRANSITIONS: Record<JobAction, { from: string; to: string }> = {
  retry: { from: 'failed', to: 'queued' },
};

/** Buttons the UI may show for a job. */
export function jobActions(actor: Actor, job: { status: string }): JobAction[] {
  if (!JOB_ROLES.includes(actor.role)) return [];
  return (Object.keys(JOB_TRANSITIONS) as JobAction[]).filter((a) => JOB_TRANSITIONS[a].from === job.status);
}

// A job's history tab (/api/audit/history?entity=backgroundJob): the same readers as the list.
registerDocument('backgroundJob', {
  label: '后台任务',
  canRead: async (ctx, id) =>
    JOB_ROLES.includes(ctx.actor.role) && !!(await repo.findJob(ctx.db, ctx.actor.regionCode, id)),
  canAttach: async () => false,
});
