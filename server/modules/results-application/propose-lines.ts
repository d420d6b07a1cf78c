import { type SQL, sql } from 'drizzle-orm';
import { formatWanLabel } from '../../../core/money';
import type { Grade } from '../../../core/rules/key-evaluation/types';
import { proposeAdjustment, type ResultsRules } from '../../../core/rules/results/index';
import type { ResultsEvidence } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { executeWith } from '../../platform/planner';
import { budgetOf, type ChainStep, chainWalk, type NextProject, nextProjectOf, nextProjects } from './chain';
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

export interface Graded {
  projectId: number;
  evaluationKind: string;
  grade: string;
  score: number | null;
  chain: ResultsEvidence[];
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Evidence of a project on a chain: id, recovered, recoveries, red warnings, ex-ante id, requested, recommended, open. */
type StepEvidence = [number, ...(number | null)[]];

/**
 * The chains into the target year and their evidence, one statement, a row per kept chain: its projects' ids and
 * years (in walk order), the evidence of those that have any (monitoring outcome, latest ex-ante assessment, open
 * rectification count), its first project's self-evaluation, review grade and key evaluations, and the columns of
 * its last project, the one a line adjusts.
 */
function chainsStatement(region: string, year: number): SQL {
  const targetYear = year + 1;
  const walk = chainWalk(region, year - 2, targetYear, evidence.gradedProjects(region, year));
  const next = nextProjects(region, targetYear, sql`s.ids[cardinality(s.ids)]`);
  return sql`with recursive ${walk}, ${evidence.chainEvidence(region, year)},
      kes as (select project_id, json_agg(json_build_object('id', id, 'name', name, 'total', total, 'grade', grade)
                                          order by id) as list from ke group by project_id),
      steps as (
        select c.start_id, array_agg(c.id order by c.depth) as ids, array_agg(c.year order by c.depth) as years,
               json_agg(json_build_array(c.id, mo.recovered, mo.recoveries, mo.red_warnings, ea.id, ea.requested,
                                         ea.recommended, op.n))
                 filter (where mo.project_id is not null or ea.id is not null or op.project_id is not null) as evidence
          from chain c
          left join mo on mo.project_id = c.id
          left join ea on ea.project_id = c.id
          left join op on op.project_id = c.id
         group by c.start_id)
    select s.start_id, s.ids, s.years, s.evidence, se.id as se_id, se.total as se_total, se.grade as se_grade,
           rv.sample_id as rv_sample_id, rv.total as rv_total, rv.grade as rv_grade, kes.list as key_evaluations,
           ${next.columns}
      from steps s
      ${next.join}
      left join se on se.project_id = s.start_id
      left join rv on rv.self_evaluation_id = se.id
      left join kes on kes.project_id = s.start_id`;
}

async function readChains(db: DbOrTx, region: string, year: number) {
  // The chain CTEs are estimated at a few dozen rows (≈1,000 chains at province scale), and the planner then joins the
  // self-evaluations and review grades to them in nested loops: 1 M comparisons, 62 of 64 ms (EXPLAIN ANALYZE);
  // with hash joins the statement takes 18–25 ms.
  const res = await executeWith(db, { enable_nestloop: 'off' }, chainsStatement(region, year));
  const chains = new Map<number, ChainStep[]>();
  const nexts = new Map<number, NextProject>();
  const selfEvals: evidence.SelfEvaluationEvidence[] = [];
  const keyEvals: evidence.KeyEvaluationEvidence[] = [];
  const monitoring = new Map<number, evidence.MonitoringEvidence>();
  const exAnte: evidence.ExAnteEvidence[] = [];
  const open = new Map<number, number>();
  for (const r of res.rows) {
    const start = Number(r.start_id);
    const years = r.years as number[];
    chains.set(
      start,
      (r.ids as number[]).map((id, i) => ({ id, year: years[i] })),
    );
    nexts.set(start, nextProjectOf(r));
    for (const [id, recovered, recoveries, redWarnings, eaId, requested, recommended, openCount] of (r.evidence ??
      []) as StepEvidence[]) {
      if (recoveries !== null)
        monitoring.set(id, {
          recovered: Number(recovered),
          recoveries: Number(recoveries),
          redWarnings: Number(redWarnings),
        });
      if (eaId !== null)
        exAnte.push({
          id: Number(eaId),
          projectId: id,
          requested: Number(requested),
          recommended: Number(recommended),
        });
      if (openCount !== null) open.set(id, Number(openCount));
    }
    if (r.se_id !== null)
      selfEvals.push({
        id: Number(r.se_id),
        projectId: start,
        total: Number(r.se_total),
        grade: String(r.se_grade),
        review:
          r.rv_sample_id === null
            ? null
            : { sampleId: Number(r.rv_sample_id), total: num(r.rv_total), grade: String(r.rv_grade) },
      });
    for (const k of (r.key_evaluations ?? []) as { id: number; name: string; total: number | null; grade: string }[])
      keyEvals.push({ id: k.id, projectId: start, name: k.name, total: num(k.total), grade: k.grade });
  }
  // In id order, as the graded map below is built (a later grade of the same project replaces an earlier one).
  selfEvals.sort((a, b) => a.id - b.id);
  keyEvals.sort((a, b) => a.id - b.id);
  return { chains, nexts, selfEvals, keyEvals, monitoring, exAnte, open };
}

/**
 * Builds the proposed adjustment list of a work year: every graded project (key evaluation, else the
 * reviewed self-evaluation, else the self-evaluation) that continues into the target year, with the
 * evidence chain (grades, monitoring recoveries and red warnings, ex-ante cuts, open rectification).
 */
export async function proposeLines(db: DbOrTx, region: string, year: number, rules: ResultsRules) {
  const { chains, nexts, selfEvals, keyEvals, monitoring, exAnte, open } = await readChains(db, region, year);
  if (chains.size === 0) return { lines: [] as ProposedLine[], skipped: [] as string[] };
  const candidates = [...gradedProjects(selfEvals, keyEvals).values()].flatMap((g) => {
    const steps = chains.get(g.projectId);
    const next = nexts.get(g.projectId);
    return steps && next ? [{ g, steps, next }] : [];
  });
  return linesOf(candidates, { monitoring, exAnte, open }, rules);
}

/** The grade each project is judged by, with its evidence: a key evaluation outranks the (reviewed) self-evaluation. */
export function gradedProjects(
  selfEvals: readonly evidence.SelfEvaluationEvidence[],
  keyEvals: readonly evidence.KeyEvaluationEvidence[],
) {
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

  return graded;
}

/** What a line is built from: a graded project, the chain's projects in order, and the project it adjusts. */
export interface Candidate {
  g: Graded;
  steps: readonly ChainStep[];
  next: NextProject;
}

/** The evidence of the chains' projects: monitoring outcome and open rectification by project id, ex-ante rows. */
export interface LineEvidence {
  monitoring: ReadonlyMap<number, evidence.MonitoringEvidence>;
  exAnte: readonly evidence.ExAnteEvidence[];
  open: ReadonlyMap<number, number>;
}

/** The proposed lines (one per adjusted project, the first candidate wins) and the names the rules skipped. */
export function linesOf(candidates: readonly Candidate[], ev: LineEvidence, rules: ResultsRules) {
  const { monitoring, open } = ev;
  const exAnteByProject = new Map(ev.exAnte.map((e) => [e.projectId, e]));
  const lines: ProposedLine[] = [];
  const skipped: string[] = [];
  const usedNext = new Set<number>();
  for (const { g, steps, next } of candidates) {
    if (usedNext.has(next.id)) continue;
    usedNext.add(next.id);
    const links = [...g.chain];
    let openCount = 0;
    for (const p of steps) {
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
    const ea = steps.map((p) => exAnteByProject.get(p.id)).find((e) => e !== undefined);
    const eaProject = ea ? steps.find((p) => p.id === ea.projectId) : undefined;
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
