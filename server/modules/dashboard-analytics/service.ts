import { sql } from 'drizzle-orm';
import { businessDate } from '../../../core/business-time';
import { RECTIFICATION_SOURCE_LABELS, type RectificationSource } from '../../../core/contracts/rectification';
import type { Ctx } from '../../platform/context';
import { queryRows } from '../../platform/optional-table';
import { assertRole } from '../../platform/policy';
import { stampCached } from '../../platform/stamp-cache';
import { frameworkFigures } from '../reports/figures/framework';
import { exAnteFigures } from '../reports/figures/loop';
import { recoveryFen, resultsCutFen } from '../reports/figures/owned';
import { agencyScores, gradeDistribution, rectificationClosure, suggestionsByArea } from './evaluation';
import { drill } from './links';
import { funnel, warningsByDepartment } from './loop';

/** Money of the year (分): budget and execution of the year's projects, ex-ante cuts, recoveries, results cuts. */
async function money(ctx: Ctx, year: number) {
  const region = ctx.actor.regionCode;
  const [row] = await queryRows<{ approved: unknown; adjusted: unknown; paid: unknown }>(
    ctx.db,
    sql`select
      (select coalesce(sum(approved_amount), 0) from project
        where region_code = ${region} and year = ${year} and approved_amount is not null) as approved,
      (select coalesce(sum(coalesce(adjusted_amount, approved_amount)), 0) from project
        where region_code = ${region} and year = ${year} and approved_amount is not null) as adjusted,
      (select coalesce(sum(p), 0) from (select max(paid) as p from monitoring_entry
        where region_code = ${region} and year = ${year} and paid is not null group by project_id) x) as paid`,
  );
  const budget = { approved: Number(row?.approved ?? 0), adjusted: Number(row?.adjusted ?? 0) };
  const executed = { paid: Number(row?.paid ?? 0) };
  const exAnte = await exAnteFigures(ctx.db, region, year);
  return [
    { key: 'budget', label: '年初预算', fen: budget.approved, link: drill.projects(year) },
    { key: 'adjusted', label: '调整后预算', fen: budget.adjusted, link: drill.projects(year) },
    { key: 'executed', label: '已执行（最近一次监控）', fen: executed.paid, link: drill.monitoring(year) },
    { key: 'exAnteCut', label: '事前评估核减', fen: exAnte.cut, link: drill.exAnte(year) },
    {
      key: 'recovered',
      label: '监控收回资金',
      fen: await recoveryFen(ctx.db, region, year),
      link: drill.recoveries(year),
    },
    {
      key: 'resultsCut',
      label: '结果应用调减',
      fen: await resultsCutFen(ctx.db, region, year),
      link: drill.results(year),
    },
  ];
}

/**
 * The leadership cockpit of a year: every number carries the link to the list behind it. The same for every reader
 * of the region, so it is computed once per change of the region's rows (and per day: overdue counts).
 */
export async function cockpit(ctx: Ctx, year: number) {
  assertRole(ctx.actor, ['finance', 'admin', 'leader'], '查看驾驶舱');
  const today = businessDate();
  return stampCached(ctx.db, ctx.actor.regionCode, null, `cockpit|${year}|${today}`, () =>
    computeCockpit(ctx, year, today),
  );
}

async function computeCockpit(ctx: Ctx, year: number, today: string) {
  const region = ctx.actor.regionCode;
  const fw = await frameworkFigures(ctx.db, region, year);
  const closure = await rectificationClosure(ctx.db, region, year, today);
  return {
    year,
    funnel: await funnel(ctx.db, region, year),
    money: await money(ctx, year),
    warnings: await warningsByDepartment(ctx.db, region, year),
    grades: await gradeDistribution(ctx.db, region, year),
    suggestions: await suggestionsByArea(ctx.db, region, year),
    rectification: closure.map((c) => ({
      ...c,
      label: RECTIFICATION_SOURCE_LABELS[c.source as RectificationSource] ?? c.source,
    })),
    agencies: await agencyScores(ctx.db, region, year),
    framework: [
      { key: 'trainingSessions', label: '政策宣讲（场）', value: fw.trainingSessions, link: drill.trainings(year) },
      { key: 'trainingUnits', label: '覆盖预算单位（个）', value: fw.trainingUnits, link: drill.trainings(year) },
      { key: 'feedbackTickets', label: '难点堵点反馈（个）', value: fw.feedbackTickets, link: drill.feedback(year) },
    ],
  };
}
