import type { Actor } from '../../../core/access';
import type { ProjectAction, ProjectStatus } from '../../../core/contracts/projects';
import type { Role } from '../../../core/enums';

export interface ProjectTransition {
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  roles: readonly Role[];
  /** Gate the ex-ante module (or others) may block with GATE_BLOCKED. */
  gate?: 'enterLibrary' | 'budget';
}

/** The project state machine: draft → pendingAssessment → inLibrary → budgeted → executing → completed. */
export const PROJECT_TRANSITIONS: Readonly<Record<ProjectAction, ProjectTransition>> = {
  submit: { from: ['draft'], to: 'pendingAssessment', roles: ['unit', 'department', 'finance', 'admin'] },
  withdraw: { from: ['pendingAssessment'], to: 'draft', roles: ['unit'] },
  enterLibrary: {
    from: ['draft', 'pendingAssessment'],
    to: 'inLibrary',
    roles: ['finance', 'admin'],
    gate: 'enterLibrary',
  },
  return: { from: ['pendingAssessment', 'inLibrary'], to: 'draft', roles: ['department', 'finance', 'admin'] },
  budget: { from: ['inLibrary'], to: 'budgeted', roles: ['finance', 'admin'], gate: 'budget' },
  execute: { from: ['budgeted'], to: 'executing', roles: ['finance', 'admin'] },
  complete: { from: ['executing'], to: 'completed', roles: ['finance', 'admin'] },
};

/** Actions the actor may take on a project in its current status. */
export function allowedProjectActions(actor: Actor, status: string): string[] {
  const actions = (Object.keys(PROJECT_TRANSITIONS) as ProjectAction[]).filter((a) => {
    const t = PROJECT_TRANSITIONS[a];
    return t.roles.includes(actor.role) && (t.from as readonly string[]).includes(status);
  });
  const extra: string[] = [];
  if (status === 'draft' && ['unit', 'department', 'finance', 'admin'].includes(actor.role)) extra.push('edit');
  if (['budgeted', 'executing'].includes(status) && ['finance', 'admin'].includes(actor.role))
    extra.push('adjustBudget');
  return [...actions, ...extra];
}

/** Roles that may create or edit project declarations. */
export const PROJECT_EDITORS: readonly Role[] = ['unit', 'department', 'finance', 'admin'];
