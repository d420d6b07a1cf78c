import { and, asc, eq } from 'drizzle-orm';
import type { LoopStage } from '../../../core/enums';
import {
  feedbackTickets,
  orgUnits,
  policyDocuments,
  trainingAttendances,
  trainingSessions,
} from '../../db/schema/index';
import { policyDocuments as catalogPolicies } from '../catalog/people';
import { feedbackQuestions, trainingTopics } from '../catalog/texts';
import { seedCalendar } from './calendar';
import type { SeedContext } from './types';

const TOPIC_STAGE: Record<string, LoopStage> = {
  绩效目标: 'targets',
  事前评估: 'exAnte',
  运行监控: 'monitoring',
  绩效自评: 'selfEvaluation',
  自评复核: 'review',
  结果应用: 'resultsApplication',
  系统操作: 'system',
};

async function seedPolicies(s: SeedContext) {
  const { tx, regionCode } = s;
  // The 2019 first version of the implementing measures, superseded by the 2025 revision (both kept).
  const [old] = await tx
    .insert(policyDocuments)
    .values({
      regionCode,
      title: '江岸区全面实施预算绩效管理实施办法',
      docNo: '岸政办〔2019〕12号',
      issuer: '武汉市江岸区人民政府办公室',
      issuedOn: '2019-06-10',
      category: 'general',
      validFrom: '2019-06-10',
      validTo: '2025-02-17',
      summary: '首次建立全区预算绩效管理制度框架。',
      bodyText:
        '江岸区全面实施预算绩效管理实施办法。建立事前绩效评估、绩效目标管理、绩效运行监控、绩效评价和结果应用制度。',
      isCurrent: false,
    })
    .returning({ id: policyDocuments.id });
  await tx.update(policyDocuments).set({ seriesId: old.id }).where(eq(policyDocuments.id, old.id));
  const rows = await tx
    .insert(policyDocuments)
    .values(
      catalogPolicies.map((p, i) => ({
        regionCode,
        seriesId: i === 0 ? old.id : null,
        versionNo: i === 0 ? 2 : 1,
        title: p.title,
        docNo: p.docNo,
        issuer: p.issuer,
        issuedOn: p.issuedOn,
        category: p.category,
        validFrom: p.issuedOn,
        summary: p.summary,
        bodyText: `${p.title}\n${p.docNo}\n${p.summary}`,
        revisionNote: i === 0 ? '对标最新政策精神，补充事前评估、自评复核、结果应用和整改销号要求' : null,
      })),
    )
    .returning({ id: policyDocuments.id, seriesId: policyDocuments.seriesId });
  for (const r of rows.filter((r) => r.seriesId === null)) {
    await tx.update(policyDocuments).set({ seriesId: r.id }).where(eq(policyDocuments.id, r.id));
  }
  await tx.update(policyDocuments).set({ supersededById: rows[0].id }).where(eq(policyDocuments.id, old.id));
}

async function budgetUnits(s: SeedContext) {
  return s.tx
    .select({ id: orgUnits.id, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, s.regionCode), eq(orgUnits.kind, 'budgetUnit')))
    .orderBy(asc(orgUnits.code));
}

/** Three 2025 sessions; together they reach every budget unit but the last one (71 of 72). */
async function seedTrainings(s: SeedContext) {
  const { tx, regionCode } = s;
  const units = await budgetUnits(s);
  const reach = units.slice(0, Math.max(0, units.length - 1));
  const days = ['2025-03-20', '2025-04-17', '2025-09-24'];
  const modes = ['online', 'offline', 'oneToOne'] as const;
  const groups = [
    reach.slice(0, Math.ceil(reach.length * 0.8)),
    reach.slice(Math.floor(reach.length * 0.3)),
    reach.filter((_, i) => i % 5 === 2),
  ];
  const sessions = await tx
    .insert(trainingSessions)
    .values(
      trainingTopics.map((t, i) => ({
        regionCode,
        year: 2025,
        title: t.title,
        mode: modes[i],
        topic: t.outline.join('；'),
        heldOn: days[i],
        location: i === 0 ? '线上直播（政务视频会议系统）' : i === 1 ? '区财政局三楼会议室' : '各预算单位现场',
        audience: t.audience,
        speaker: '区财政局绩效管理科',
      })),
    )
    .returning({ id: trainingSessions.id });
  const rows = sessions.flatMap((sess, i) =>
    groups[i].map((u) => ({ regionCode, sessionId: sess.id, unitId: u.id, departmentId: u.departmentId ?? u.id })),
  );
  if (rows.length) await tx.insert(trainingAttendances).values(rows);
}

async function seedFeedback(s: SeedContext) {
  const { tx, regionCode } = s;
  const units = await budgetUnits(s);
  if (!units.length) return;
  const financeId = s.userIds.get('finance') ?? null;
  const rows = feedbackQuestions.map((f, i) => {
    const unit = units[(i * 7 + 3) % units.length];
    // Raised at 09:00 Beijing time (01:00 UTC), in office hours.
    const raised = new Date(Date.UTC(2025, 2 + Math.floor(i / 2), 3 + ((i * 5) % 20), 1));
    const open = i === feedbackQuestions.length - 1;
    const answered = new Date(raised.getTime() + (6 + Math.floor(s.random() * 90)) * 3_600_000);
    return {
      regionCode,
      year: 2025,
      unitId: unit.id,
      departmentId: unit.departmentId ?? unit.id,
      stage: TOPIC_STAGE[f.topic] ?? 'system',
      title: f.question.length > 40 ? `${f.question.slice(0, 38)}…` : f.question,
      question: f.question,
      status: open ? 'open' : 'answered',
      answer: open ? null : f.answer,
      answeredAt: open ? null : answered.toISOString(),
      answeredBy: open ? null : financeId,
      answeredByName: open ? null : '区财政局绩效管理科',
      published: !open && i % 6 !== 5,
      ruleChange: i === 3 || i === 8,
      ruleChangeNote:
        i === 3
          ? '已纳入《预算绩效目标管理工作指引》成本指标设置要求'
          : i === 8
            ? '已在自评工作规程中明确满意度调查样本要求'
            : null,
      raisedByName: '单位填报员',
      raisedAt: raised.toISOString(),
    };
  });
  await tx.insert(feedbackTickets).values(rows);
}

/** 制度体系 demo: policy library, the three 2025 trainings, feedback with answers, the 2025 work calendar. */
export async function seedFramework(s: SeedContext) {
  await seedPolicies(s);
  await seedTrainings(s);
  await seedFeedback(s);
  await seedCalendar(s);
}
