import type { Actor } from '../../../core/access';
import type { EntryStatus } from '../../../core/contracts/monitoring';
import type { Role } from '../../../core/enums';

/** Workflow actions on a monitoring entry. */
export type EntryAction =
  | 'save'
  | 'submit'
  | 'departmentApprove'
  | 'departmentReturn'
  | 'financeApprove'
  | 'financeReturn'
  | 'reopen'
  | 'dispose';

interface Transition {
  from: readonly EntryStatus[];
  /** null: the status stays (editing, disposal). */
  to: EntryStatus | null;
  roles: readonly Role[];
}

/** The explicit transition table: unit fills → department → finance; approved locks; admin reopens. */
export const TRANSITIONS: Record<EntryAction, Transition> = {
  save: { from: ['draft', 'returned'], to: null, roles: ['unit'] },
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['unit'] },
  departmentApprove: { from: ['submitted'], to: 'departmentApproved', roles: ['department'] },
  departmentReturn: { from: ['submitted'], to: 'returned', roles: ['department'] },
  financeApprove: { from: ['departmentApproved'], to: 'approved', roles: ['finance'] },
  financeReturn: { from: ['submitted', 'departmentApproved'], to: 'returned', roles: ['finance'] },
  reopen: { from: ['approved'], to: 'returned', roles: ['admin'] },
  dispose: { from: ['draft', 'returned', 'submitted', 'departmentApproved', 'approved'], to: null, roles: ['finance'] },
};

export interface EntryState {
  status: string;
  filled: boolean;
  /** Round closed and the entry not reopened by an admin. */
  roundClosed: boolean;
}

/** Whether the actor's role may take the action from the entry's state (scope is checked by the query). */
export function can(actor: Actor, action: EntryAction, s: EntryState): boolean {
  const t = TRANSITIONS[action];
  if (!t.roles.includes(actor.role) || !t.from.includes(s.status as EntryStatus)) return false;
  if ((action === 'save' || action === 'submit') && s.roundClosed) return false;
  if (action === 'dispose') return s.filled;
  return true;
}

/** The buttons the UI may show. */
export function allowedActions(actor: Actor, s: EntryState): EntryAction[] {
  return (Object.keys(TRANSITIONS) as EntryAction[]).filter((a) => can(actor, a, s));
}
