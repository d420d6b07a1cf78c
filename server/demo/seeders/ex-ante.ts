/**
 * Ex-ante assessment demo: the expert pool (linked to expert accounts), 2025's seven concluded assessments
 * whose cuts add up to exactly 291万元 (seed report), and two 2026 assessments under way.
 */
import { and, desc, eq } from 'drizzle-orm';
import { conclusionFromScore } from '../../../core/rules/ex-ante/conclusion';
import { scorePanel } from '../../../core/rules/ex-ante/panel-score';
import { defaultExAnteRules } from '../../../core/rules/ex-ante/rules';
import { type ScoringTemplate, templatePoints } from '../../../core/rules/ex-ante/template-types';
import {
  exAnteAssessments,
  exAnteCostLines,
  exAntePanelMembers,
  experts as expertTable,
  projects,
  tasks,
  users,
} from '../../db/schema/index';
import { experts } from '../catalog/people';
import { buildCostLines } from './ex-ante-lines';
import { isExternalExpert } from './foundation';
import type { SeedContext } from './types';

const WAN = 1_000_000;
const rules = defaultExAnteRules;
/** Planned cuts in 万元 (sum 291); clamped per project, the remainder goes to the largest request. */
const PLANNED_CUTS = [68, 52, 45, 40, 36, 30, 20];
/** Target panel scores: two 予以支持 (small cuts), five 部分支持. */
const TARGET_SCORES = [74, 72, 76, 71, 78, 86, 84];

/** Expert accounts: `expert` (foundation) plus expert2… for the next external experts. */
async function seedPool(s: SeedContext) {
  const external = experts.filter(isExternalExpert);
  const accounts = new Map<string, string>(
    external.slice(0, 6).map((e, i) => [e.name, i === 0 ? 'expert' : `expert${i + 1}`]),
  );
  const orgOf = (e: (typeof experts)[number]) =>
    e.orgType === 'financeBureau'
      ? s.orgIds.get('CZJ')
      : e.orgType === 'department'
        ? s.orgIds.get(e.departmentCode ?? '')
        : s.orgIds.get(e.org);
  const newUsers = [...accounts].filter(([, u]) => u !== 'expert' && !s.userIds.has(u));
  if (newUsers.length > 0) {
    const rows = await s.tx
      .insert(users)
      .values(
        newUsers.map(([name, username]) => {
          const e = external.find((x) => x.name === name) ?? external[0];
          return {
            username,
            displayName: name,
            role: 'expert' as const,
            orgId: orgOf(e) ?? 0,
            regionCode: s.regionCode,
            passwordHash: s.passwordHash,
            mustChangePassword: false,
          };
        }),
      )
      .returning({ id: users.id, username: users.username });
    for (const r of rows) s.userIds.set(r.username, r.id);
  }
  return s.tx
    .insert(expertTable)
    .values(
      experts.map((e) => {
        const orgId = orgOf(e) ?? null;
        const account = accounts.get(e.name);
        return {
          regionCode: s.regionCode,
          name: e.name,
          title: e.title,
          employer: e.org,
          orgType: e.orgType,
          orgId,
          unitId: null,
          departmentId: e.orgType === 'department' ? orgId : null,
          fieldCodes: e.fieldCodes,
          userId: account ? (s.userIds.get(account) ?? null) : null,
        };
      }),
    )
    .returning();
}
type Pool = Awaited<ReturnType<typeof seedPool>>;

/** 3–5 experts: field matches first, never from the project's department (回避). */
function pickPanel(pool: Pool, p: { fieldCode: string; departmentId: number }, size: number, random: () => number) {
  const ok = pool.filter((e) => e.departmentId !== p.departmentId);
  const score = (e: Pool[number]) => (e.fieldCodes.includes(p.fieldCode) ? 0 : 1) + random();
  return [...ok].sort((a, b) => score(a) - score(b)).slice(0, size);
}

const COMMENTS = ['依据充分，论证到位', '基本合理，个别内容需细化', '测算偏高，建议压减', '论证不足，需补充材料'];

/** One expert's sheet around a target score (each point ≤ its weight, half-point steps). */
function sheet(template: ScoringTemplate, target: number, random: () => number) {
  const scores: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const p of templatePoints(template)) {
    const ratio = Math.min(1, Math.max(0.3, target / 100 + (random() - 0.5) * 0.12));
    scores[p.code] = Math.min(p.weight, Math.round(p.weight * ratio * 2) / 2);
    comments[p.code] = COMMENTS[ratio > 0.85 ? 0 : ratio > 0.72 ? 1 : ratio > 0.6 ? 2 : 3];
  }
  return { scores, comments };
}

function texts(name: string, goal: string) {
  return {
    necessity: `${name}属于区委区政府年度重点工作任务，符合《武汉市国民经济和社会发展第十四个五年规划》相关要求。经前期调研，现有设施和服务能力不能满足群众需求，问题集中、诉求强烈，实施必要且紧迫。`,
    implementationPlan: `项目分三个阶段实施：一季度完成方案设计和政府采购；二、三季度组织实施并开展过程监理；四季度完成竣工验收和资金结算。单位成立项目专班，主要负责人牵头，实行周调度、月通报。`,
    expectedBenefits: `${goal}项目实施后预计惠及群众数万人次，服务对象满意度不低于90%。`,
    targetsDraft: `产出指标：按期完成建设任务，验收合格率100%；成本指标：单位成本不高于行业标准；效益指标：${goal.slice(0, 40)}；满意度指标：服务对象满意度≥90%。`,
  };
}

export async function seedExAnte(s: SeedContext) {
  const pool = await seedPool(s);
  const candidates = await s.tx
    .select()
    .from(projects)
    .where(and(eq(projects.regionCode, s.regionCode), eq(projects.year, 2025)))
    .orderBy(desc(projects.isNew), desc(projects.requestedAmount));
  const chosen: typeof candidates = [];
  for (const p of candidates)
    if (chosen.length < 7 && !chosen.some((c) => c.departmentId === p.departmentId)) chosen.push(p);
  for (const p of candidates) if (chosen.length < 7 && !chosen.includes(p)) chosen.push(p);
  if (chosen.length > 0) await seed2025(s, pool, chosen);
  await seed2026(s, pool);
}

function plannedCuts(chosen: { requestedAmount: number }[]) {
  const cuts = chosen.map((p, i) => Math.min(PLANNED_CUTS[i] * WAN, Math.floor((p.requestedAmount * 0.4) / WAN) * WAN));
  const rest = 291 * WAN - cuts.reduce((a, c) => a + c, 0);
  const big = chosen.reduce((best, p, i) => (p.requestedAmount > chosen[best].requestedAmount ? i : best), 0);
  cuts[big] = Math.min(chosen[big].requestedAmount, cuts[big] + rest);
  return cuts;
}

async function seed2025(s: SeedContext, pool: Pool, chosen: (typeof projects.$inferSelect)[]) {
  const cuts = plannedCuts(chosen);
  const financeId = s.userIds.get('finance') ?? null;
  for (const [i, p] of chosen.entries()) {
    const template = p.isPolicy ? rules.templates.policy : rules.templates.project;
    const panel = pickPanel(pool, p, 3 + (i % 3), s.random);
    const sheets = panel.map((e) => ({ expert: e, ...sheet(template, TARGET_SCORES[i], s.random) }));
    const result = scorePanel(
      template,
      sheets.map((x) => ({ expertId: String(x.expert.id), scores: x.scores })),
      rules,
    );
    const score = result.ok ? result.value.score : TARGET_SCORES[i];
    const band = conclusionFromScore(score, rules);
    const conclusion = band === 'reject' ? 'partialSupport' : band;
    const recommended = p.requestedAmount - cuts[i];
    const month = String(3 + i).padStart(2, '0');
    const lines = buildCostLines(p.fieldCode, p.requestedAmount, s.random);
    const [a] = await s.tx
      .insert(exAnteAssessments)
      .values({
        regionCode: s.regionCode,
        year: 2025,
        projectId: p.id,
        unitId: p.unitId,
        departmentId: p.departmentId,
        fieldCode: p.fieldCode,
        status: 'concluded',
        templateKind: p.isPolicy ? 'policy' : 'project',
        template,
        ...texts(p.name, p.description),
        mainOutput: lines[0].name,
        outputQuantity: lines[0].quantity,
        outputUnit: lines[0].unit,
        historyUnitCost: Math.round(lines[0].unitPrice * 0.95),
        benchmarkUnitCost: Math.round(lines[0].unitPrice * (cuts[i] > 40 * WAN ? 0.82 : 0.97)),
        requestedAmount: p.requestedAmount,
        recommendedAmount: recommended,
        panelScore: score,
        bandConclusion: band,
        conclusion,
        overrideReason: band === 'reject' ? '项目属民生刚性支出，调整实施内容后予以部分支持' : null,
        opinion: `经专家组评审，项目立项依据充分，但部分成本测算偏高。建议核减${(cuts[i] / WAN).toFixed(2)}万元，按${(recommended / WAN).toFixed(2)}万元安排预算，并细化产出和效益指标。`,
        submittedAt: `2025-${month}-05T10:00:00+08:00`,
        concludedAt: `2025-${month}-26T16:00:00+08:00`,
        concludedBy: financeId,
        createdBy: financeId,
      })
      .returning({ id: exAnteAssessments.id });
    await s.tx.insert(exAnteCostLines).values(
      lines.map((l, j) => ({
        ...l,
        regionCode: s.regionCode,
        assessmentId: a.id,
        sort: j,
        benchmarkUnitPrice: j === 0 && cuts[i] > 40 * WAN ? Math.round(l.unitPrice * 0.82) : null,
      })),
    );
    await s.tx.insert(exAntePanelMembers).values(
      sheets.map((x, j) => ({
        regionCode: s.regionCode,
        assessmentId: a.id,
        expertId: x.expert.id,
        isLeader: j === 0,
        status: 'submitted',
        scores: x.scores,
        comments: x.comments,
        overallComment:
          conclusion === 'support' ? '同意立项，建议按核定金额安排。' : '建议压减偏高的成本项目后部分支持。',
        submittedAt: `2025-${month}-20T15:00:00+08:00`,
      })),
    );
    await s.tx
      .update(projects)
      .set({ approvedAmount: recommended, adjustedAmount: recommended })
      .where(eq(projects.id, p.id));
  }
}

/** Two 2026 declarations under way: one with its panel scoring, one waiting for a panel. */
async function seed2026(s: SeedContext, pool: Pool) {
  const pending = await s.tx
    .select()
    .from(projects)
    .where(
      and(eq(projects.regionCode, s.regionCode), eq(projects.year, 2026), eq(projects.status, 'pendingAssessment')),
    )
    .orderBy(desc(projects.requestedAmount))
    .limit(2);
  const accounts = pool.filter((e) => e.userId !== null);
  for (const [i, p] of pending.entries()) {
    const lines = buildCostLines(p.fieldCode, p.requestedAmount, s.random);
    const scoring = i === 0;
    const [a] = await s.tx
      .insert(exAnteAssessments)
      .values({
        regionCode: s.regionCode,
        year: 2026,
        projectId: p.id,
        unitId: p.unitId,
        departmentId: p.departmentId,
        fieldCode: p.fieldCode,
        status: scoring ? 'scoring' : 'submitted',
        template: scoring ? rules.templates.project : null,
        ...texts(p.name, p.description),
        mainOutput: lines[0].name,
        outputQuantity: lines[0].quantity,
        outputUnit: lines[0].unit,
        requestedAmount: p.requestedAmount,
        submittedAt: '2025-10-20T10:00:00+08:00',
      })
      .returning({ id: exAnteAssessments.id });
    await s.tx
      .insert(exAnteCostLines)
      .values(lines.map((l, j) => ({ ...l, regionCode: s.regionCode, assessmentId: a.id, sort: j })));
    const link = `/ex-ante/assessments/${a.id}`;
    // Dated in the work year like the assessment: the panel task at submission, the scoring tasks once the panel sat.
    const base = { regionCode: s.regionCode, entity: 'exAnteAssessment', entityId: a.id, link };
    if (!scoring) {
      await s.tx.insert(tasks).values({
        ...base,
        kind: 'exAntePanel',
        title: '事前绩效评估申报待组建专家组',
        assigneeRole: 'finance',
        createdAt: '2025-10-20T10:00:00+08:00',
      });
      continue;
    }
    const panel = accounts.filter((e) => e.departmentId !== p.departmentId).slice(0, 3);
    await s.tx
      .insert(exAntePanelMembers)
      .values(
        panel.map((e, j) => ({ regionCode: s.regionCode, assessmentId: a.id, expertId: e.id, isLeader: j === 0 })),
      );
    await s.tx.insert(tasks).values(
      panel.map((e) => ({
        ...base,
        kind: 'exAnteScore',
        title: '事前绩效评估专家评分',
        assigneeUserId: e.userId,
        createdAt: '2025-10-27T10:00:00+08:00',
      })),
    );
  }
}
