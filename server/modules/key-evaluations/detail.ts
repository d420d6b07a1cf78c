import type { KeyEvaluationStage } from '../../../core/contracts/key-evaluations';
import { type EvaluationTemplate, templateIndicators } from '../../../core/rules/key-evaluation/index';
import type { Ctx } from '../../platform/context';
import { activeEngagementOf } from '../agencies/access';
import { loadForActor } from './access';
import { allowedActions } from './policy';
import * as repo from './repo';

/** Detail of an evaluation with steps, findings, engagement summary and the actor's allowed actions. */
export async function getEvaluation(ctx: Ctx, id: number) {
  const { row, rel } = await loadForActor(ctx.db, ctx.actor, id);
  const [steps, findings, live, nodes] = await Promise.all([
    repo.listSteps(ctx.db, id),
    repo.listFindings(ctx.db, id),
    activeEngagementOf(ctx.db, id),
    repo.orgNodes(
      ctx.db,
      row.regionCode,
      [row.unitId, row.departmentId].filter((v): v is number => v !== null),
    ),
  ]);
  const name = (nid: number | null) => nodes.find((n) => n.id === nid)?.name ?? null;
  const framework = row.framework as EvaluationTemplate;
  // Agencies see fees of their own engagement; units and departments see no fee at all.
  const showFee = rel.isFinance || rel.isEngagedAgency || ctx.actor.role === 'leader';
  return {
    ...row,
    framework,
    indicators: templateIndicators(framework),
    unitName: name(row.unitId),
    departmentName: name(row.departmentId),
    steps,
    findings: findings.map((f) => ({ ...f.finding, unitName: f.unitName })),
    engagement: live
      ? {
          id: live.engagement.id,
          agencyId: live.agency.id,
          agencyName: live.agency.name,
          status: live.engagement.status,
          fee: showFee ? live.engagement.fee : null,
          qualityScore: live.engagement.qualityScore,
          payable: showFee ? live.engagement.payable : null,
        }
      : null,
    allowedActions: allowedActions(row.stage as KeyEvaluationStage, rel, row.teamMode, live !== undefined),
  };
}
