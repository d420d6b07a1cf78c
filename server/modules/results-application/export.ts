import {
  RESULT_DECISION_LABELS,
  type ResultDecision,
  type TResultsLine,
} from '../../../core/contracts/results-application';
import { formatWan, formatWanLabel } from '../../../core/money';
import {
  evaluationSourceLabels,
  projectKindLabels,
  type ResultAction,
  resultActionLabels,
} from '../../../core/rules/results/index';
import type { Ctx } from '../../platform/context';
import { buildDocx, heading, paragraph, table, title } from '../../platform/docx';
import { found } from '../../platform/errors';
import { type SheetColumn, writeSheet } from '../../platform/excel';
import * as repo from './repo';
import { listLines } from './service';
import { resultsTotals } from './totals';

const action = (a: string | null) => (a ? (resultActionLabels[a as ResultAction] ?? a) : '');
const finalChange = (l: TResultsLine) => l.finalChange ?? l.proposedChange;

const columns: SheetColumn<TResultsLine>[] = [
  { key: 'department', header: '主管部门', width: 20, value: (l) => l.departmentName },
  { key: 'unit', header: '预算单位', width: 24, value: (l) => l.unitName },
  { key: 'project', header: '下年度项目', width: 30, value: (l) => l.projectName },
  { key: 'kind', header: '项目类型', width: 12, value: (l) => projectKindLabels[l.projectKind] ?? l.projectKind },
  {
    key: 'source',
    header: '评价来源',
    width: 14,
    value: (l) => evaluationSourceLabels[l.evaluationKind] ?? l.evaluationKind,
  },
  { key: 'grade', header: '等级', width: 8, value: (l) => l.grade },
  { key: 'score', header: '得分', width: 8, value: (l) => l.score ?? '' },
  { key: 'open', header: '未销号整改', width: 10, value: (l) => l.openRectifications },
  { key: 'before', header: '下年度预算（万元）', width: 16, value: (l) => formatWan(l.budgetBefore) },
  { key: 'proposed', header: '建议措施', width: 12, value: (l) => action(l.proposedAction) },
  { key: 'proposedChange', header: '建议调整（万元）', width: 16, value: (l) => formatWan(l.proposedChange) },
  {
    key: 'decision',
    header: '确认情况',
    width: 10,
    value: (l) => RESULT_DECISION_LABELS[l.decision as ResultDecision],
  },
  { key: 'final', header: '确认措施', width: 12, value: (l) => action(l.finalAction) },
  {
    key: 'finalChange',
    header: '确认调整（万元）',
    width: 16,
    value: (l) => (l.finalChange === null ? '' : formatWan(l.finalChange)),
  },
  { key: 'reason', header: '依据', width: 60, value: (l) => l.reason },
  {
    key: 'evidence',
    header: '证据链',
    width: 60,
    value: (l) => l.evidence.map((e) => `${e.label}：${e.detail}`).join('；'),
  },
  { key: 'override', header: '调整理由', width: 30, value: (l) => l.overrideReason ?? '' },
];

export async function exportLines(ctx: Ctx, runId: number) {
  return writeSheet('结果应用调整清单', columns, await listLines(ctx, runId, {}), '结果应用调整清单');
}

/** Word summary of a run: totals, by department, and the adjusted projects. */
export async function summaryDocx(ctx: Ctx, runId: number) {
  const run = found(await repo.findRunById(ctx.db, ctx.actor.regionCode, runId), '结果应用批次');
  const lines = await listLines(ctx, runId, {});
  const totals = await resultsTotals(ctx.db, ctx.actor.regionCode, run.year, ctx.actor);
  const decided = lines.filter((l) => l.decision !== 'pending');
  const byDept = new Map<string, { n: number; before: number; change: number }>();
  for (const l of lines) {
    const d = byDept.get(l.departmentName) ?? { n: 0, before: 0, change: 0 };
    d.n += 1;
    d.before += l.budgetBefore;
    d.change += finalChange(l);
    byDept.set(l.departmentName, d);
  }
  const cuts = lines.filter((l) => finalChange(l) < 0);
  const blocks = [
    title(`${run.year}年度绩效评价结果应用情况`),
    heading('一、总体情况'),
    paragraph(
      `根据${run.year}年度绩效自评、自评复核、重点绩效评价、运行监控和整改情况，对${run.targetYear}年度预算安排提出调整建议${lines.length}项，已确认${decided.length}项。` +
        `经确认压减${run.targetYear}年度项目预算${formatWanLabel(totals.cutsFromResults)}（${totals.cutProjects}个项目），优先保障项目${totals.prioritisedProjects}个、金额${formatWanLabel(totals.prioritisedAmount)}；` +
        `事前绩效评估核减${formatWanLabel(totals.exAnteCuts)}（${totals.exAnteAssessments}个项目），运行监控收回资金${formatWanLabel(totals.recoveries)}。`,
    ),
    heading('二、分部门调整情况'),
    paragraph('调整金额含待确认建议的建议调整额，已确认的按确认调整额计。'),
    table(
      ['主管部门', '项目数', '调整前预算（万元）', '调整金额（万元）', '调整后预算（万元）'],
      [...byDept.entries()].map(([name, d]) => [
        name,
        d.n,
        formatWan(d.before),
        formatWan(d.change),
        formatWan(d.before + d.change),
      ]),
      [30, 10, 20, 20, 20],
    ),
    heading('三、压减及取消项目明细（含待确认建议）'),
    cuts.length
      ? table(
          ['项目', '等级', '措施', '调整金额（万元）', '确认情况', '依据'],
          cuts.map((l) => [
            l.projectName,
            l.grade,
            action(l.finalAction ?? l.proposedAction),
            formatWan(finalChange(l)),
            RESULT_DECISION_LABELS[l.decision as ResultDecision],
            l.overrideReason ?? l.reason,
          ]),
          [24, 7, 8, 13, 10, 38],
        )
      : paragraph('本年度无压减或取消的项目。'),
  ];
  return { filename: `${run.year}年度结果应用情况.docx`, buffer: await buildDocx(blocks, { title: '结果应用情况' }) };
}
