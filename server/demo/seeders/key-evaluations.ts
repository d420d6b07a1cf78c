/**
 * Demo key evaluations (2025 work year, evaluating 2024 objects) and the third-party agency registry:
 * exactly 10 evaluations of the four kinds named in the report, across the three budget
 * types, at different stages; two agencies scored and paid by their quality score. Findings of finished
 * evaluations go to the rectification list through raiseRectifications.
 */
import { and, eq } from 'drizzle-orm';
import {
  defaultKeyEvaluationRules,
  evaluationKindLabels,
  evaluationName,
  payableFee,
  paymentTermsForScore,
  scoreAgencyQuality,
  scoreEvaluation,
} from '../../../core/rules/key-evaluation/index';
import {
  agencies,
  agencyEngagements,
  agencyPayments,
  agencyServices,
  keyEvaluationSteps,
  keyEvaluations,
  orgUnits,
  projects,
} from '../../db/schema/index';
import { agencies as agencyCatalog } from '../catalog/index';
import { raiseSeedFindings } from './key-evaluations-findings';
import {
  AGENCY_QUALITY,
  EVALUATION_PLAN,
  FEES_WAN,
  inputsFor,
  plannedDates,
  STEP_DELIVERABLES,
} from './key-evaluations-plan';
import type { SeedContext } from './types';

const STEPS = ['notice', 'workPlan', 'fieldWork', 'preliminary', 'exchange', 'final', 'archive'];
const STEPS_DONE: Record<string, number> = { planned: 0, fieldWork: 2, exchange: 4, finalised: 6, archived: 7 };
const TYPE_STAFF: Record<string, number> = { cpa: 45, engineering: 38, consulting: 22 };

export async function seedKeyEvaluations(s: SeedContext) {
  const { tx, regionCode, random } = s;
  const rules = defaultKeyEvaluationRules;
  const agencyRows = await tx
    .insert(agencies)
    .values(
      agencyCatalog.map((a, i) => ({
        regionCode,
        orgId: s.orgIds.get(a.name) ?? null,
        name: a.name,
        shortName: a.shortName,
        type: a.type,
        qualifications: a.qualifications,
        staffCount: (TYPE_STAFF[a.type] ?? 20) + i,
        contactPerson: ['陈志远', '黄立新', '彭雨桐', '夏国栋', '邓佳慧'][i] ?? '',
        creditLevel: a.creditLevel,
      })),
    )
    .returning();
  const dept = (code: string) => s.orgIds.get(code);
  // Conflict-of-interest register: 楚衡信和 audited the education bureau in 2025.
  const edu = dept('104');
  if (agencyRows[3] && edu)
    await tx.insert(agencyServices).values({
      regionCode,
      agencyId: agencyRows[3].id,
      year: 2025,
      orgId: edu,
      role: '财务收支审计',
      description: '2024年度部门财务收支审计',
    });

  const p2024 = await tx
    .select()
    .from(projects)
    .where(and(eq(projects.regionCode, regionCode), eq(projects.year, 2024)));
  const used = new Set<number>();
  const units = await tx
    .select({ id: orgUnits.id, code: orgUnits.code, departmentId: orgUnits.departmentId, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.regionCode, regionCode));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const planned = EVALUATION_PLAN.map((plan, i) => {
    let object: {
      objectType: string;
      projectId: number | null;
      unitId: number | null;
      departmentId: number;
      objectName: string;
      amount: number;
    } | null = null;
    if (plan.pick.type === 'project') {
      const pick = plan.pick;
      const p = p2024
        .filter((r) => !used.has(r.id) && r.budgetType === pick.budgetType && pick.pattern.test(r.name))
        .sort((a, b) => (b.approvedAmount ?? 0) - (a.approvedAmount ?? 0))[0];
      if (p) {
        used.add(p.id);
        object = {
          objectType: 'project',
          projectId: p.id,
          unitId: p.unitId,
          departmentId: p.departmentId,
          objectName: p.name,
          amount: p.adjustedAmount ?? p.approvedAmount ?? p.requestedAmount,
        };
      }
    } else if (plan.pick.type === 'department') {
      const d = byCode.get(plan.pick.code);
      if (d) {
        const amount = p2024
          .filter((r) => r.departmentId === d.id)
          .reduce((acc, r) => acc + (r.adjustedAmount ?? 0), 0);
        object = {
          objectType: 'department',
          projectId: null,
          unitId: null,
          departmentId: d.id,
          objectName: d.name,
          amount,
        };
      }
    }
    if (!object) {
      // Empty project table (or no match): a named item of a unit keeps the plan's kind and budget type.
      const item =
        plan.pick.type === 'item'
          ? plan.pick
          : {
              name: `2024年度${evaluationKindLabels[plan.kind]}事项${i + 1}`,
              unitCode: '104002',
              amountWan: 300 + i * 50,
            };
      const u = byCode.get(item.unitCode) ?? units.find((x) => x.departmentId !== null && x.departmentId !== x.id);
      if (!u?.departmentId) return null;
      object = {
        objectType: 'item',
        projectId: null,
        unitId: u.id,
        departmentId: u.departmentId,
        objectName: item.name,
        amount: item.amountWan * 1_000_000,
      };
    }
    const framework = structuredClone(rules.templates[plan.kind]);
    const doneSteps = STEPS_DONE[plan.stage] ?? 0;
    const share = plan.stage === 'planned' ? 0 : plan.stage === 'fieldWork' ? 0.5 : 1;
    const inputs = share > 0 ? inputsFor(framework, plan.quality, random, share) : {};
    const full = scoreEvaluation(framework, inputs, rules);
    const byIndicator: Record<string, number> = {};
    if (full.ok) Object.assign(byIndicator, full.value.byIndicator);
    return { plan, i, object, framework, inputs, full, byIndicator, doneSteps };
  }).filter((p) => p !== null);

  const financeId = s.userIds.get('finance') ?? null;
  const rows = await tx
    .insert(keyEvaluations)
    .values(
      planned.map(({ plan, object, framework, inputs, full, byIndicator }) => ({
        regionCode,
        year: 2025,
        name: evaluationName(object.objectName, plan.kind),
        kind: plan.kind,
        budgetType: plan.budgetType,
        ...object,
        reasons: object.objectType === 'department' ? ['部门支出规模大'] : ['资金量大', '执行完毕'],
        teamMode: plan.agency === null ? 'finance' : 'agency',
        stage: plan.stage,
        framework,
        inputs,
        indicatorScores: byIndicator,
        totalScore: full.ok ? full.value.total : null,
        grade: full.ok ? full.value.grade : null,
        byLevel1: full.ok ? full.value.byLevel1 : null,
        summary: full.ok
          ? `${object.objectName}2024年度资金${(object.amount / 1_000_000).toFixed(2)}万元，主要用于保障相关职能履行和项目实施。`
          : '',
        conclusion: full.ok
          ? `评价组通过资料审核、现场核查和问卷调查，认为该评价对象总体完成了年度绩效目标，评价得分${full.value.total}分，等级为“${full.value.grade}”。`
          : '',
        suggestions: full.ok ? '进一步加强预算编制与绩效目标衔接，健全过程管理和绩效自评机制。' : '',
        unitResponse: plan.stage === 'exchange' ? null : full.ok ? '对评价结论无异议，将按评价建议落实整改。' : null,
        finalisedAt: plan.stage === 'finalised' || plan.stage === 'archived' ? '2025-09-20T10:00:00+08:00' : null,
        createdBy: financeId,
        createdAt: '2025-02-20T09:00:00+08:00',
        updatedAt: '2025-09-20T10:00:00+08:00',
      })),
    )
    .returning();

  await tx.insert(keyEvaluationSteps).values(
    planned.flatMap(({ i, doneSteps }, k) =>
      STEPS.map((step, sort) => {
        const date = plannedDates(i)[sort];
        return {
          evaluationId: rows[k].id,
          step,
          sort,
          plannedOn: date,
          doneOn: sort < doneSteps ? date : null,
          deliverable: sort < doneSteps ? (STEP_DELIVERABLES[step] ?? '') : '',
          actorId: sort < doneSteps ? financeId : null,
          actorName: sort < doneSteps ? '王晓丽' : null,
        };
      }),
    ),
  );

  // Engagements: two agencies scored and paid by score; the others engaged and awaiting scoring.
  const engaged = planned
    .map((p, k) => ({ p, row: rows[k] }))
    .filter(({ p }) => p.plan.agency !== null && agencyRows[p.plan.agency ?? 0]);
  if (engaged.length > 0) {
    const engRows = await tx
      .insert(agencyEngagements)
      .values(
        engaged.map(({ p, row }) => {
          const agencyIdx = p.plan.agency ?? 0;
          const fee = FEES_WAN[p.i] || 10_000_000;
          const quality =
            (p.plan.stage === 'finalised' || p.plan.stage === 'archived') &&
            p.plan.kind !== 'debt' &&
            p.plan.kind !== 'project'
              ? AGENCY_QUALITY[agencyIdx]
              : undefined;
          const score = quality ? scoreAgencyQuality(rules.agency.qualitySheet, quality) : null;
          const terms = score?.ok ? paymentTermsForScore(score.value, rules) : null;
          const payable = terms ? payableFee(fee, terms.paymentPercent) : null;
          return {
            regionCode,
            year: 2025,
            agencyId: agencyRows[agencyIdx].id,
            evaluationId: row.id,
            contractNo: `JAPJ-2025-${String(p.i + 1).padStart(3, '0')}`,
            fee,
            stages: [
              { name: '合同签订后预付', percent: 30, dueOn: '2025-04-30' },
              { name: '考评后按结果结算', percent: 70, dueOn: '2025-11-30' },
            ],
            status: score?.ok ? 'scored' : 'engaged',
            qualitySheet: score?.ok ? rules.agency.qualitySheet : null,
            qualityScores: score?.ok ? quality : null,
            qualityScore: score?.ok ? score.value : null,
            qualityComment: score?.ok ? '报告事实清楚、结论明确，按期完成评价任务。' : null,
            paymentPercent: terms?.paymentPercent ?? null,
            creditEffect: terms?.credit ?? null,
            payable: payable?.ok ? payable.value : null,
            scoredAt: score?.ok ? '2025-10-15T10:00:00+08:00' : null,
            scoredBy: score?.ok ? financeId : null,
            createdBy: financeId,
          };
        }),
      )
      .returning();
    const payments = engRows.flatMap((e) => {
      const advance = Math.round(e.fee * 0.3);
      const list = [
        { engagementId: e.id, amount: advance, paidOn: '2025-04-28', note: '合同预付款（30%）', createdBy: financeId },
      ];
      if (e.payable !== null)
        list.push({
          engagementId: e.id,
          amount: e.payable - advance,
          paidOn: '2025-10-30',
          note: `按考评结果结算（${e.paymentPercent}%）`,
          createdBy: financeId,
        });
      return list;
    });
    await tx.insert(agencyPayments).values(payments);
  }

  await raiseSeedFindings(
    s,
    planned.map((p, k) => ({ kind: p.plan.kind, stage: p.plan.stage, row: rows[k] })),
  );
}
