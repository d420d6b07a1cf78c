import { formatWanLabel } from '../../../core/money';
import type { Grade } from '../../../core/rules/key-evaluation/types';
import { proposeAdjustment, type ResultsRules } from '../../../core/rules/results/index';
import type { ResultsEvidence } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { countOpenByProject } from '../rectification/service';
import { budgetOf, chainsIntoYear } from './chain';
import * as evidence from './evidence';

export interface ProposedLine {
  projectId: number;
  nextProjectId: number;
  unitId: number;
  departmentId: number;
  projectName: string;
  projectKind: string;
  evaluationKind: string;
  grade: string;
  score: number | null;
  openRectifications: number;
  evidence: ResultsEvidence[];
  budgetBefore: number;
  proposedAction: string;
  proposedCutPercent: number | null;
  proposedChange: number;
  reason: string;
}

interface Graded {
  projectId: number;
  evaluationKind: string;
  grade: string;
  score: number | null;
  chain: ResultsEvidence[];
}

/**
 * Builds the proposed adjustment list of a work year: every graded project (key evaluation, else the
 * reviewed self-evaluation, else the self-evaluation) that continues into the target year, with the
 * evidence chain (grades, monitoring recoveries and red warnings, ex-ante cuts, open rectification).
 */
export async function proposeLines(db: DbOrTx, region: string, year: number, rules: ResultsRules) {
  const targetYear = year + 1;
  // The chains first (one statement over the graded projects' links), then the evidence of their projects only.
  const chains = await chainsIntoYear(db, region, year - 2, targetYear, evidence.gradedProjects(region, year));
  if (chains.size === 0) return { lines: [] as ProposedLine[], skipped: [] as string[] };
  const starts = [...chains.keys()];
  const onChains = [...new Set([...chains.values()].flatMap((c) => c.map((p) => p.id)))];
  const selfEvals = await evidence.selfEvaluations(db, region, year - 1, starts);
  const keyEvals = await evidence.keyEvaluations(db, region, year, starts);
  const monitoring = await evidence.monitoring(db, region, year, onChains);
  // Assessments of the work year, then of the target year (a later one of the same project counts).
  const exAnte = await evidence.exAnte(db, region, [year, targetYear], onChains);
  const open = await countOpenByProject(db, region, onChains);
  const graded = new Map<number, Graded>();
  for (const s of selfEvals) {
    const chain: ResultsEvidence[] = [
      {
        kind: 'selfEvaluation',
        label: '绩效自评',
        detail: `自评得分${s.total ?? '—'}分，等级“${s.grade}”`,
        entity: 'selfEvaluation',
        entityId: s.id,
      },
    ];
    if (s.review) {
      chain.push({
        kind: 'selfEvaluationReview',
        label: '自评复核',
        detail: `复核得分${s.review.total ?? '—'}分，复核等级“${s.review.grade}”`,
        entity: 'reviewSample',
        entityId: s.review.sampleId,
      });
    }
    const r = s.review;
    graded.set(s.projectId, {
      projectId: s.projectId,
      evaluationKind: r ? 'selfEvaluationReview' : 'selfEvaluation',
      grade: r ? r.grade : s.grade,
      score: r ? r.total : s.total,
      chain,
    });
  }
  // A key evaluation by a third party outranks the self-evaluation of the same project.
  for (const k of keyEvals) {
    const prior = graded.get(k.projectId);
    graded.set(k.projectId, {
      projectId: k.projectId,
      evaluationKind: 'keyEvaluation',
      grade: k.grade,
      score: k.total,
      chain: [
        ...(prior?.chain ?? []),
        {
          kind: 'keyEvaluation',
          label: '重点绩效评价',
          detail: `${k.name}：得分${k.total ?? '—'}分，等级“${k.grade}”`,
          entity: 'keyEvaluation',
          entityId: k.id,
        },
      ],
    });
  }

  const exAnteByProject = new Map(exAnte.map((e) => [e.projectId, e]));
  const candidates = [...graded.values()].flatMap((g) => {
    const chain = chains.get(g.projectId);
    return chain ? [{ g, chain }] : [];
  });

  const lines: ProposedLine[] = [];
  const skipped: string[] = [];
  const usedNext = new Set<number>();
  for (const { g, chain } of candidates) {
    const next = chain[chain.length - 1];
    if (usedNext.has(next.id)) continue;
    usedNext.add(next.id);
    const links = [...g.chain];
    let openCount = 0;
    for (const p of chain) {
      const m = monitoring.get(p.id);
      if (m?.recoveries)
        links.push({
          kind: 'monitoring',
          label: '运行监控',
          detail: `${p.year}年收回资金${m.recoveries}次，共${formatWanLabel(m.recovered)}`,
          entity: 'project',
          entityId: p.id,
          amount: m.recovered,
        });
      if (m?.redWarnings)
        links.push({
          kind: 'monitoring',
          label: '运行监控',
          detail: `${p.year}年红色预警${m.redWarnings}次${m.redWarnings >= 2 ? '（持续预警）' : ''}`,
          entity: 'project',
          entityId: p.id,
        });
      openCount += open.get(p.id) ?? 0;
    }
    const ea = chain.map((p) => exAnteByProject.get(p.id)).find((e) => e !== undefined);
    const eaProject = ea ? chain.find((p) => p.id === ea.projectId) : undefined;
    if (ea && eaProject && ea.requested > ea.recommended)
      links.push({
        kind: 'exAnte',
        label: '事前评估',
        detail: `${eaProject.year}年项目申报${formatWanLabel(ea.requested)}，评估核减${formatWanLabel(ea.requested - ea.recommended)}`,
        entity: 'exAnteAssessment',
        entityId: ea.id,
        amount: ea.requested - ea.recommended,
      });
    if (openCount > 0)
      links.push({
        kind: 'rectification',
        label: '整改',
        detail: `尚有${openCount}项整改事项未销号`,
        entity: 'rectification',
        entityId: null,
      });
    const budget = budgetOf(next);
    const proposal = proposeAdjustment(
      {
        project: {
          id: String(next.id),
          name: next.name,
          departmentId: String(next.departmentId),
          nextYearBudget: budget,
        },
        grade: g.grade as Grade,
        score: g.score ?? undefined,
        evaluationKind: g.evaluationKind,
        projectKind: next.projectKind,
        openRectifications: openCount,
      },
      rules,
    );
    if (!proposal.ok) {
      skipped.push(`${next.name}：${proposal.message}`);
      continue;
    }
    lines.push({
      projectId: g.projectId,
      nextProjectId: next.id,
      unitId: next.unitId,
      departmentId: next.departmentId,
      projectName: next.name,
      projectKind: next.projectKind,
      evaluationKind: g.evaluationKind,
      grade: g.grade,
      score: g.score,
      openRectifications: openCount,
      evidence: links,
      budgetBefore: budget,
      proposedAction: proposal.value.action,
      proposedCutPercent: proposal.value.cutPercent,
      proposedChange: proposal.value.change,
      reason: proposal.value.reason,
    });
  }
  return { lines, skipped };
}
