import { formatWanLabel } from '../../money.ts';
import type { ExAnteRules } from './rules.ts';
import type { BudgetType } from './types.ts';

export type Assessor = 'finance' | 'department';

export const assessorLabels: Record<Assessor, string> = {
  finance: '财政评估',
  department: '部门自评估',
};

export interface AssessmentCandidate {
  kind: 'project' | 'policy';
  budgetType: BudgetType;
  /** true for a new project / policy (新增), false for a continuing one. */
  isNew: boolean;
  /** Requested amount in 分. */
  requestedAmount: number;
  /** The bureau designated it for assessment regardless of amount (指定评估). */
  designated?: boolean;
}

export interface AssessmentNeed {
  required: boolean;
  /** Who assesses; null when not required. */
  assessor: Assessor | null;
  /** Chinese explanation naming the rule that applied. */
  reason: string;
}

/** Decides whether a project or policy needs an ex-ante assessment, and by whom. */
export function needsAssessment(project: AssessmentCandidate, rules: ExAnteRules): AssessmentNeed {
  const limits = rules.thresholds[project.budgetType];
  const inScope = project.isNew && rules.kindsInScope.includes(project.kind);
  if (inScope && project.requestedAmount >= limits.finance) {
    return {
      required: true,
      assessor: 'finance',
      reason: `新增项目申请金额${formatWanLabel(project.requestedAmount)}，达到财政评估标准${formatWanLabel(limits.finance)}`,
    };
  }
  if (project.designated) {
    return { required: true, assessor: 'finance', reason: '财政部门指定开展事前绩效评估' };
  }
  if (inScope && project.requestedAmount >= limits.department) {
    return {
      required: true,
      assessor: 'department',
      reason: `新增项目申请金额${formatWanLabel(project.requestedAmount)}，达到部门自评估标准${formatWanLabel(limits.department)}`,
    };
  }
  const reason = project.isNew ? '申请金额低于事前评估标准' : '非新增项目或政策，无需事前评估';
  return { required: false, assessor: null, reason };
}
