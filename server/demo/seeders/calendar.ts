import { sql } from 'drizzle-orm';
import type { LoopStage } from '../../../core/enums';
import { calendarMilestones } from '../../db/schema/index';
import type { SeedContext } from './types';

const CALENDAR_2025: [LoopStage, string, string, string, string][] = [
  ['targets', '2025年项目绩效目标申报', '2025-01-06', '2025-01-24', 'unit'],
  ['targets', '绩效目标审核及批复', '2025-01-25', '2025-02-28', 'finance'],
  ['exAnte', '新增重大项目事前绩效评估', '2025-03-01', '2025-06-30', 'finance'],
  ['monitoring', '第一季度绩效运行监控填报', '2025-04-01', '2025-04-15', 'unit'],
  ['selfEvaluation', '2024年度项目绩效自评', '2025-03-01', '2025-03-31', 'unit'],
  ['review', '2024年度自评结果财政复核', '2025-04-01', '2025-06-30', 'finance'],
  ['monitoring', '第二季度（1—7月）绩效运行监控填报', '2025-07-01', '2025-07-15', 'unit'],
  ['keyEvaluation', '财政重点绩效评价（第三方机构实施）', '2025-05-01', '2025-09-30', 'agency'],
  ['monitoring', '第三季度绩效运行监控填报', '2025-10-01', '2025-10-15', 'unit'],
  ['rectification', '复核及评价问题整改反馈', '2025-07-01', '2025-11-30', 'unit'],
  ['resultsApplication', '评价结果应用及2026年预算安排', '2025-10-15', '2025-12-15', 'finance'],
];

/**
 * Per unit milestone stage, the units whose work the demo rows show as done and when (unit_id, completed_at), for
 * milestone m: every 2025 target submitted; every 2024 self-evaluation submitted; every entry of the monitoring
 * round whose deadline is the milestone's submitted; every rectification item submitted or closed (a unit with no
 * item has nothing to report and marks the milestone on its first day).
 */
const DONE_BY_STAGE: Partial<Record<LoopStage, (region: string) => ReturnType<typeof sql>>> = {
  targets: (r) => sql`select unit_id, max(submitted_at) from performance_target
    where region_code = ${r} and year = 2025 group by unit_id having bool_and(submitted_at is not null)`,
  selfEvaluation: (r) => sql`select unit_id, max(submitted_at) from self_evaluation
    where region_code = ${r} and year = 2024 group by unit_id having bool_and(submitted_at is not null)`,
  monitoring: (r) => sql`select e.unit_id, max(e.submitted_at) from monitoring_entry e
    join monitoring_round rd on rd.id = e.round_id
    where e.region_code = ${r} and rd.deadline = m.due_on group by e.unit_id having bool_and(e.submitted_at is not null)`,
  rectification: (r) => sql`select o.id, coalesce(max(coalesce(i.closed_at, i.updated_at)), m.start_on::timestamptz)
    from org_unit o left join rectification_item i on i.unit_id = o.id
    where o.region_code = ${r} and o.kind = 'budgetUnit' and o.active
    group by o.id having bool_and(i.id is null or i.status in ('submitted', 'closed'))`,
};

/** The 2025 work calendar, and the units' completions of their milestones as the demo's rows show them. */
export async function seedCalendar(s: SeedContext) {
  const milestones = await s.tx
    .insert(calendarMilestones)
    .values(
      CALENDAR_2025.map(([stage, title, startOn, dueOn, responsibleRole]) => ({
        regionCode: s.regionCode,
        year: 2025,
        stage,
        title,
        startOn,
        dueOn,
        responsibleRole,
      })),
    )
    .returning({
      id: calendarMilestones.id,
      stage: calendarMilestones.stage,
      role: calendarMilestones.responsibleRole,
    });
  for (const m of milestones) {
    const done = DONE_BY_STAGE[m.stage as LoopStage];
    if (m.role !== 'unit' || !done) continue;
    await s.tx.execute(sql`insert into calendar_completion (region_code, milestone_id, unit_id, completed_at)
      select ${s.regionCode}, m.id, d.unit_id, d.completed_at
      from calendar_milestone m, lateral (${done(s.regionCode)}) as d(unit_id, completed_at) where m.id = ${m.id}`);
  }
}
