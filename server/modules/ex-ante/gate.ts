import { inScope } from '../../../core/access';
import { checkAssessmentGate } from '../../../core/rules/ex-ante/conclusion';
import { needsAssessment } from '../../../core/rules/ex-ante/needs-assessment';
import type { AssessmentConclusion, ExAnteRules } from '../../../core/rules/ex-ante/rules';
import type { BudgetType } from '../../../core/rules/ex-ante/types';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { type ProjectGateRequest, registerProjectGate } from '../../platform/gates';
import { getRules } from '../rule-sets/service';
import { findProject, latestForProject } from './repo';

type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

type NeedInput = Pick<ProjectRow, 'isPolicy' | 'budgetType' | 'isNew' | 'requestedAmount' | 'designatedForAssessment'>;

/** The rule's verdict for a project; `designatedByAssessment`: its newest assessment was designated by finance. */
export function projectNeed(project: NeedInput, rules: ExAnteRules, designatedByAssessment = false) {
  return needsAssessment(
    {
      kind: project.isPolicy ? 'policy' : 'project',
      budgetType: project.budgetType as BudgetType,
      isNew: project.isNew,
      requestedAmount: project.requestedAmount,
      designated: project.designatedForAssessment || designatedByAssessment,
    },
    rules,
  );
}

/** Whether the project needs an assessment, and where its newest assessment stands. */
export async function gateState(db: DbOrTx, project: ProjectRow) {
  const rules = await getRules(db, project.regionCode, project.year, 'exAnte');
  const latest = await latestForProject(db, project.id);
  const need = projectNeed(project, rules, latest?.designated === true);
  const concluded = latest?.status === 'concluded';
  const conclusion = concluded ? (latest.conclusion as AssessmentConclusion) : null;
  const recommended = concluded ? latest.recommendedAmount : null;
  return { rules, need, latest, conclusion, recommended };
}

/** Status of the gate for the UI: does the project need an assessment, and is the gate open. */
/** The gate of a project for the gate route: out of the caller's scope looks the same as missing. */
export async function describeGate(ctx: Ctx, projectId: number) {
  const row = await findProject(ctx.db, ctx.actor.regionCode, projectId);
  return explainGate(ctx.db, found(row && inScope(ctx.actor, row) ? row : undefined, '项目'));
}

/** Whether a project's gate is open and why (callers have checked the caller may see the project). */
export async function explainGate(db: DbOrTx, project: ProjectRow) {
  const s = await gateState(db, project);
  const check = checkAssessmentGate(
    { required: s.need.required, conclusion: s.conclusion, recommended: s.recommended, budget: 0 },
    s.rules,
  );
  return {
    projectId: project.id,
    required: s.need.required,
    assessor: s.need.assessor,
    reason: s.need.reason,
    assessmentId: s.latest?.id ?? null,
    status: s.latest?.status ?? null,
    conclusion: s.conclusion,
    recommendedAmount: s.recommended,
    open: check.ok,
    message: check.ok ? '已满足事前绩效评估要求' : check.message,
  };
}

/**
 * The gate before 入库 and 预算安排: a project that needs an ex-ante assessment must have a supporting
 * conclusion, and its budget may not exceed the recommended amount.
 */
export async function exAnteGate(tx: DbOrTx, ctx: Ctx, req: ProjectGateRequest) {
  const project = await findProject(tx, ctx.actor.regionCode, req.projectId);
  if (!project) return; // the projects module reports a missing project itself
  const s = await gateState(tx, project);
  const budget = req.action === 'budget' ? (req.amount ?? 0) : 0;
  const check = checkAssessmentGate(
    { required: s.need.required, conclusion: s.conclusion, recommended: s.recommended, budget },
    s.rules,
  );
  if (!check.ok) {
    const hint = check.code === 'ASSESSMENT_PENDING' ? `（${s.need.reason}）` : '';
    throw new AppError('GATE_BLOCKED', `${check.message}${hint}`, {
      rule: check.code,
      projectId: project.id,
      assessmentId: s.latest?.id ?? null,
      recommendedAmount: s.recommended,
    });
  }
}

registerProjectGate(exAnteGate);
