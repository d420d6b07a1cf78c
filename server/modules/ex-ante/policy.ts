import type { Actor } from '../../../core/access';
import type { AssessmentStatus } from '../../../core/contracts/ex-ante';

export type AssessmentAction =
  | 'editApplication'
  | 'submit'
  | 'return'
  | 'reviewCost'
  | 'formPanel'
  | 'score'
  | 'conclude'
  | 'enterLibrary'
  | 'report';

const isFinance = (actor: Actor) => actor.role === 'finance' || actor.role === 'admin';

export interface PolicyFacts {
  status: AssessmentStatus;
  /** Sheets already submitted by panel experts. */
  submittedSheets: number;
  /** The caller's own seat, when the caller is an expert on the panel. */
  ownSeatOpen: boolean;
  /** Concluded with a gate-opening conclusion and the project is not in the library yet. */
  canEnterLibrary: boolean;
}

/** Which buttons the caller gets (the services enforce the same rules). */
export function allowedActions(actor: Actor, f: PolicyFacts): AssessmentAction[] {
  const out: AssessmentAction[] = [];
  const applicant = actor.role === 'unit' || isFinance(actor);
  if (applicant && (f.status === 'draft' || f.status === 'returned')) out.push('editApplication', 'submit');
  if (isFinance(actor)) {
    if (f.status === 'submitted') out.push('return');
    if (f.status === 'submitted' || f.status === 'scoring') out.push('reviewCost');
    if (f.status === 'submitted' || (f.status === 'scoring' && f.submittedSheets === 0)) out.push('formPanel');
    if (f.status === 'scoring') out.push('conclude');
    if (f.canEnterLibrary) out.push('enterLibrary');
  }
  if (actor.role === 'expert' && f.status === 'scoring' && f.ownSeatOpen) out.push('score');
  if (f.status === 'concluded') out.push('report');
  return out;
}

export function financeOnly(actor: Actor) {
  return isFinance(actor);
}
