import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { KeyEvaluationAction, KeyEvaluationStage } from '../../../core/contracts/key-evaluations';
import { keyEvaluations } from '../../db/schema/index';
import { scopeWhere } from '../../platform/scope';
import { engagedEvaluationCondition } from '../agencies/access';

/** Rows the actor may see: region → department → unit; agencies only what they are engaged for. */
export function evaluationScope(actor: Actor): SQL {
  return scopeWhere(
    actor,
    { region: keyEvaluations.regionCode, department: keyEvaluations.departmentId, unit: keyEvaluations.unitId },
    actor.role === 'agency' ? engagedEvaluationCondition(actor, keyEvaluations.id) : undefined,
  );
}

/** Who does a step: finance (bureau), or the evaluator (finance or the engaged agency). */
type Performer = 'finance' | 'evaluator';

interface Transition {
  from: KeyEvaluationStage[];
  to: KeyEvaluationStage;
  by: Performer;
  /** Procedure step completed by the transition. */
  completes?: ('notice' | 'workPlan' | 'fieldWork' | 'preliminary' | 'exchange' | 'final' | 'archive')[];
  reasonRequired?: boolean;
}

/** The procedure as an explicit transition table. */
export const TRANSITIONS: Record<KeyEvaluationAction, Transition> = {
  issueNotice: { from: ['planned'], to: 'notice', by: 'finance', completes: ['notice'] },
  confirmWorkPlan: { from: ['notice'], to: 'workPlan', by: 'evaluator', completes: ['workPlan'] },
  startFieldWork: { from: ['workPlan'], to: 'fieldWork', by: 'evaluator' },
  submitPreliminary: {
    from: ['fieldWork'],
    to: 'preliminary',
    by: 'evaluator',
    completes: ['fieldWork', 'preliminary'],
  },
  requestViews: { from: ['preliminary'], to: 'exchange', by: 'evaluator' },
  submitReport: { from: ['exchange'], to: 'reportSubmitted', by: 'evaluator', completes: ['exchange'] },
  return: { from: ['reportSubmitted'], to: 'preliminary', by: 'finance', reasonRequired: true },
  finalise: { from: ['reportSubmitted'], to: 'finalised', by: 'finance', completes: ['final'] },
  archive: { from: ['finalised'], to: 'archived', by: 'finance', completes: ['archive'] },
  cancel: { from: ['planned', 'notice'], to: 'cancelled', by: 'finance', reasonRequired: true },
};

export interface ActorRelation {
  isFinance: boolean;
  isEngagedAgency: boolean;
  /** The evaluated unit / department user (may respond during the exchange of views). */
  isEvaluated: boolean;
}

/** Whether the actor may perform a transition performer role. */
export function performs(by: Performer, rel: ActorRelation) {
  return by === 'finance' ? rel.isFinance : rel.isFinance || rel.isEngagedAgency;
}

export const SCORING_STAGES: KeyEvaluationStage[] = ['fieldWork', 'preliminary'];
export const FRAMEWORK_STAGES: KeyEvaluationStage[] = ['planned', 'notice', 'workPlan'];
export const FINDING_STAGES: KeyEvaluationStage[] = ['fieldWork', 'preliminary', 'exchange', 'reportSubmitted'];
export const ENGAGE_STAGES: KeyEvaluationStage[] = ['planned', 'notice', 'workPlan'];

/** Buttons the UI may show for this actor and evaluation. */
export function allowedActions(stage: KeyEvaluationStage, rel: ActorRelation, teamMode: string, engaged: boolean) {
  const actions: string[] = [];
  for (const [action, t] of Object.entries(TRANSITIONS)) {
    if (t.from.includes(stage) && performs(t.by, rel)) actions.push(action);
  }
  const evaluator = rel.isFinance || rel.isEngagedAgency;
  if (rel.isFinance && FRAMEWORK_STAGES.includes(stage)) actions.push('editFramework');
  if (evaluator && SCORING_STAGES.includes(stage)) actions.push('score');
  if (evaluator && [...SCORING_STAGES, 'exchange'].includes(stage)) actions.push('editReport');
  if (evaluator && FINDING_STAGES.includes(stage)) actions.push('addFinding', 'uploadReport');
  if (rel.isEvaluated && stage === 'exchange') actions.push('respond');
  if (rel.isFinance && teamMode === 'agency' && !engaged && ENGAGE_STAGES.includes(stage)) actions.push('engage');
  return actions;
}
