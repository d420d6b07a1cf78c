import type { Actor } from '../../../core/access';
import type { FeedbackStatus } from '../../../core/enums';

/** Feedback workflow: which action moves a ticket from which status to which. */
export const FEEDBACK_TRANSITIONS: Record<string, { from: readonly FeedbackStatus[]; to: FeedbackStatus }> = {
  answer: { from: ['open', 'answered'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
};

export const canAnswer = (actor: Actor) => actor.role === 'finance' || actor.role === 'admin';

/** Buttons the UI may show for a ticket. */
export function feedbackActions(actor: Actor, row: { status: string }) {
  if (!canAnswer(actor)) return [];
  const acts = Object.entries(FEEDBACK_TRANSITIONS)
    .filter(([, t]) => (t.from as readonly string[]).includes(row.status))
    .map(([a]) => a);
  if (row.status !== 'open') acts.push('publish');
  return acts;
}
