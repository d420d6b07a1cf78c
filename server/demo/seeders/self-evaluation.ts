/**
 * Demo self-evaluations of the 2024 projects (done in early 2025): realistic actuals (most 良/优, some 中, a few
 * 差), some 优 with low execution, some perfunctory or copied texts, some without evidence. Scores come from the
 * same pure scoring functions as the form. Set-based: a few multi-row inserts.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { qualitativeBandOf } from '../../../core/rules/scoring/index';
import {
  attachments,
  projects,
  selfEvaluationIndicators,
  selfEvaluationSteps,
  selfEvaluations,
  targetIndicators,
  targets,
} from '../../db/schema/index';
import { getRules } from '../../modules/rule-sets/service';
import { scoreStored } from '../../modules/self-evaluation/scoring';
import { demoFileBytes, demoFileKey } from '../../platform/storage/index';
import { perfunctoryTexts } from '../catalog/texts';
import { composeTexts, type SelfEvaluationTexts } from './self-evaluation-texts';
import type { SeedContext } from './types';

const YEAR = 2024;
type Style = 'good' | 'perfunctory' | 'copied';

const pick = <T>(list: readonly T[], r: number) => list[Math.floor(r * list.length) % list.length];

/** Actual value for a row: achieved, slightly missed or clearly missed, in the operator's direction. */
function actualFor(op: string, target: number, miss: number) {
  if (op === '≤' || op === '<') return Math.round(target * (1 + miss) * 100) / 100;
  if (op === '=') return miss > 0 ? Math.round(target * (1 - miss)) : target;
  return Math.round(target * (1 - miss) * 100) / 100;
}

/** Texts copied from another form with that form's project name replaced by this one's. */
function renamed(texts: SelfEvaluationTexts, from: string, to: string): SelfEvaluationTexts {
  const swap = (text: string) => text.replaceAll(from, to).slice(0, 200);
  return { conclusion: swap(texts.conclusion), problems: swap(texts.problems), measures: swap(texts.measures) };
}

export async function seedSelfEvaluations(s: SeedContext) {
  const { tx, regionCode, random } = s;
  const rows = await tx
    .select({ project: projects, targetId: targets.id, goal: targets.annualGoal })
    .from(projects)
    .innerJoin(targets, and(eq(targets.projectId, projects.id), eq(targets.isCurrent, true)))
    .where(and(eq(projects.regionCode, regionCode), eq(projects.year, YEAR), eq(projects.status, 'completed')))
    .orderBy(asc(projects.id));
  if (rows.length === 0) return;
  const indicators = await tx
    .select()
    .from(targetIndicators)
    .where(
      inArray(
        targetIndicators.targetId,
        rows.map((r) => r.targetId),
      ),
    )
    .orderBy(asc(targetIndicators.targetId), asc(targetIndicators.sort), asc(targetIndicators.id));
  const rules = await getRules(tx, regionCode, YEAR, 'scoring');
  const unitUser = s.userIds.get('unit') ?? s.userIds.get('finance') ?? 1;
  const textsOfKind = new Map<string, { projectName: string; texts: SelfEvaluationTexts }>();

  const planned = rows.map((r) => {
    const p = r.project;
    const annual = p.adjustedAmount ?? p.approvedAmount ?? 0;
    const lowExecution = random() < 0.14;
    const rate = lowExecution ? 0.55 + random() * 0.23 : 0.86 + random() * 0.14;
    const executed = Math.round((annual * rate) / 100) * 100;
    const quality = random();
    // 55 % achieve everything, 27 % miss one or two rows a little, 13 % miss several, 5 % miss most.
    const profile = quality < 0.55 ? 'excellent' : quality < 0.82 ? 'good' : quality < 0.95 ? 'medium' : 'poor';
    const styleR = random();
    const style: Style = styleR < 0.62 ? 'good' : styleR < 0.88 ? 'perfunctory' : 'copied';
    const inflate = random() < 0.1;
    const evidence = random() < 0.82;
    const survey = evidence && random() < 0.55;
    const own = indicators.filter((i) => i.targetId === r.targetId);
    const missed: string[] = [];
    const formRows = own.map((ind, idx) => {
      const missChance = profile === 'excellent' ? 0 : profile === 'good' ? 0.25 : profile === 'medium' ? 0.55 : 0.85;
      const miss = random() < missChance ? (profile === 'poor' ? 0.35 + random() * 0.4 : 0.05 + random() * 0.3) : 0;
      const qualitative = ind.operator === '定性' || ind.targetNumber === null;
      const level = miss === 0 ? '达成' : miss < 0.3 ? '部分达成' : '未达成';
      const actual = qualitative ? null : actualFor(ind.operator, ind.targetNumber ?? 0, miss);
      if (miss > 0) missed.push(ind.name);
      let claimed: number | null = null;
      if (qualitative) claimed = qualitativeBandOf(level, ind.weight, rules).max;
      else if (inflate && miss > 0 && idx === own.findIndex((o) => o.operator !== '定性')) claimed = ind.weight;
      const reason =
        miss === 0
          ? ''
          : style === 'good'
            ? `${ind.name}未达到年度指标值，主要是实施进度受客观因素影响，已在次年计划中调整。`
            : random() < 0.5
              ? ''
              : '无偏差。';
      return {
        ind,
        qualitative,
        level: qualitative ? level : null,
        actual,
        claimed,
        reason,
        missed: miss > 0,
      };
    });
    return { r, annual, executed, style, evidence, survey, formRows, missed };
  });

  const values = planned.map(({ r, annual, executed, style, formRows, missed }) => {
    const p = r.project;
    const rate = annual > 0 ? Math.round((executed * 10000) / annual) / 100 : 0;
    // The draws keep their former order (analysis, problems when something was missed, measures), so every later
    // random choice of the demo stays the same.
    const draws = { analysis: random(), problems: missed.length ? random() : 0, measures: random() };
    const good = composeTexts(
      {
        projectName: p.name,
        annualBudget: annual,
        executionRate: rate,
        rows: formRows.map((f) => ({
          name: f.ind.name,
          operator: f.ind.operator,
          targetValue: f.ind.targetValue,
          unit: f.ind.unit,
          actual: f.actual,
          level: f.level,
          missed: f.missed,
        })),
      },
      draws,
    );
    const perfunctory = {
      conclusion: pick(perfunctoryTexts, random()),
      problems: pick(perfunctoryTexts, random()),
      measures: pick(perfunctoryTexts, random()),
    };
    // A copied form takes the texts of an earlier form of the same kind of project (same field and indicators), with
    // only the project name changed: the figures are the other project's, which the review's similarity check finds.
    const kindKey = `${p.fieldCode}|${formRows.map((f) => f.ind.name).join('|')}`;
    const copiedFrom = textsOfKind.get(kindKey);
    const texts =
      style === 'perfunctory'
        ? perfunctory
        : style === 'copied' && copiedFrom
          ? renamed(copiedFrom.texts, copiedFrom.projectName, p.name)
          : good;
    if (style === 'good' && !textsOfKind.has(kindKey)) textsOfKind.set(kindKey, { projectName: p.name, texts: good });
    const score = scoreStored(
      { annualBudget: annual, executedAmount: executed },
      formRows.map((f) => ({
        level1: f.ind.level1,
        operator: f.qualitative ? '定性' : f.ind.operator,
        weight: f.ind.weight,
        targetNumber: f.ind.targetNumber,
        actualNumber: f.actual,
        qualitativeLevel: f.level,
        claimedScore: f.claimed,
      })),
      rules,
    );
    const status = random() < 0.95 ? 'approved' : 'departmentApproved';
    return {
      form: {
        regionCode,
        year: YEAR,
        projectId: p.id,
        targetId: r.targetId,
        unitId: p.unitId,
        departmentId: p.departmentId,
        initialBudget: p.approvedAmount ?? 0,
        annualBudget: annual,
        executedAmount: executed,
        overallGoal: r.goal,
        actualOutcome: texts.conclusion,
        ...texts,
        executionRate: score.executionRate,
        total: score.total,
        grade: score.grade,
        status,
        submittedAt: '2025-03-20T02:00:00.000Z',
        approvedAt: status === 'approved' ? '2025-04-15T02:00:00.000Z' : null,
        createdBy: unitUser,
      },
      score,
    };
  });
  const inserted = await tx
    .insert(selfEvaluations)
    .values(values.map((v) => v.form))
    .returning({ id: selfEvaluations.id, projectId: selfEvaluations.projectId, status: selfEvaluations.status });
  const idOf = new Map(inserted.map((f) => [f.projectId, f.id]));
  const rowValues = planned.flatMap((plan, i) =>
    plan.formRows.map((f, k) => ({
      regionCode,
      selfEvaluationId: idOf.get(plan.r.project.id) ?? 0,
      sort: k,
      level1: f.ind.level1,
      level2: f.ind.level2,
      name: f.ind.name,
      operator: f.qualitative ? '定性' : f.ind.operator,
      targetValue: f.ind.targetValue,
      targetNumber: f.ind.targetNumber,
      unit: f.ind.unit,
      weight: f.ind.weight,
      actualNumber: f.actual,
      qualitativeLevel: f.level,
      claimedScore: f.claimed,
      score: values[i].score.indicators[k]?.score ?? 0,
      ruleScore: values[i].score.indicators[k]?.ruleScore ?? 0,
      deviationReason: f.reason,
    })),
  );
  const storedRows = await tx.insert(selfEvaluationIndicators).values(rowValues).returning({
    id: selfEvaluationIndicators.id,
    parent: selfEvaluationIndicators.selfEvaluationId,
    level1: selfEvaluationIndicators.level1,
  });
  const files = planned.flatMap((plan) => {
    const parent = idOf.get(plan.r.project.id) ?? 0;
    const own = storedRows.filter((r) => r.parent === parent);
    const sat = own.find((r) => r.level1 === 'satisfaction');
    const out: (typeof attachments.$inferInsert)[] = [];
    const file = (slot: number, filename: string) => {
      const storageKey = demoFileKey(filename);
      const bytes = demoFileBytes(storageKey);
      return {
        regionCode,
        ownerEntity: 'selfEvaluation',
        ownerId: parent,
        slot: String(slot),
        filename,
        mime: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storageKey,
        uploadedBy: unitUser,
      };
    };
    if (plan.evidence && own[0]) out.push(file(own[0].id, '项目验收报告及完成台账.pdf'));
    if (plan.survey && sat) out.push(file(sat.id, '服务对象满意度调查问卷统计表.pdf'));
    return out;
  });
  if (files.length) await tx.insert(attachments).values(files);
  await tx.insert(selfEvaluationSteps).values(
    inserted.flatMap((f) => [
      {
        selfEvaluationId: f.id,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        reason: null,
        at: '2025-03-20T02:00:00.000Z',
      },
      {
        selfEvaluationId: f.id,
        action: 'departmentApprove',
        fromStatus: 'submitted',
        toStatus: 'departmentApproved',
        reason: null,
        at: '2025-03-28T02:00:00.000Z',
      },
      ...(f.status === 'approved'
        ? [
            {
              selfEvaluationId: f.id,
              action: 'approve',
              fromStatus: 'departmentApproved',
              toStatus: 'approved',
              reason: null,
              at: '2025-04-15T02:00:00.000Z',
            },
          ]
        : []),
    ]),
  );
}
