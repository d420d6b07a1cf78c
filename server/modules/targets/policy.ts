import type { Actor } from '../../../core/access';
import type { TargetStatus } from '../../../core/contracts/targets';
import type { Role } from '../../../core/enums';

export interface TargetStep {
  from: readonly TargetStatus[];
  roles: readonly Role[];
}

/** Who may do what in which status: unit submits → department reviews → finance reviews. */
export const TARGET_STEPS = {
  edit: { from: ['draft', 'returned'], roles: ['unit', 'department', 'finance', 'admin'] },
  submit: { from: ['draft', 'returned'], roles: ['unit', 'department', 'admin'] },
  departmentReview: { from: ['submitted'], roles: ['department', 'admin'] },
  financeReview: { from: ['departmentApproved'], roles: ['finance', 'admin'] },
  adjust: { from: ['approved'], roles: ['unit', 'finance', 'admin'] },
} as const satisfies Record<string, TargetStep>;

const can = (actor: Actor, step: TargetStep, status: string) =>
  step.roles.includes(actor.role) && (step.from as readonly string[]).includes(status);

/** allowedActions of a target version for the UI (only the latest version can act). */
export function allowedTargetActions(actor: Actor, status: string, isLatest: boolean): string[] {
  if (!isLatest) return [];
  const out: string[] = [];
  if (can(actor, TARGET_STEPS.edit, status)) out.push('edit', 'import');
  if (can(actor, TARGET_STEPS.submit, status)) out.push('submit');
  if (can(actor, TARGET_STEPS.departmentReview, status) || can(actor, TARGET_STEPS.financeReview, status)) {
    out.push('approve', 'return');
  }
  if (can(actor, TARGET_STEPS.adjust, status)) out.push('adjust');
  return out;
}
