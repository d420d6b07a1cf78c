import { formatBusinessInstant } from '../../../core/business-time';
import { COST_BASIS_LABELS, TEMPLATE_KIND_LABELS } from '../../../core/contracts/ex-ante';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../core/enums';
import { formatWan, formatYuan } from '../../../core/money';
import {
  type AssessmentConclusion,
  assessmentConclusionLabels,
  type TemplateKind,
} from '../../../core/rules/ex-ante/rules';
import type { Ctx } from '../../platform/context';
import { buildDocx, heading, paragraph, table, title } from '../../platform/docx';
import { AppError } from '../../platform/errors';
import { getAssessment } from './detail';

const label = (c: string | null) => (c ? (assessmentConclusionLabels[c as AssessmentConclusion] ?? c) : '—');

/** 事前绩效评估报告 (Word): project, application, cost-benefit analysis, panel scores, conclusion. */
export async function assessmentReport(ctx: Ctx, id: number) {
  const d = await getAssessment(ctx, id);
  if (d.status !== 'concluded') throw new AppError('INVALID_TRANSITION', '评估尚未出具结论，不能生成评估报告');
  const cut = d.cutAmount ?? 0;
  const blocks = [
    title(`${d.projectName}事前绩效评估报告`),
    paragraph(`评估年度：${d.year}年　　评分表：${TEMPLATE_KIND_LABELS[d.templateKind as TemplateKind]}`, {
      align: 'center',
      indent: false,
    }),
    heading('一、项目基本情况'),
    table(
      ['项目', '内容'],
      [
        ['项目名称', d.projectName],
        ['项目编码', d.projectCode],
        ['申报单位', d.unitName],
        ['主管部门', d.departmentName],
        ['预算类型', BUDGET_TYPE_LABELS[d.project.budgetType as BudgetType] ?? d.project.budgetType],
        ['评估依据', d.need.reason],
        ['申请金额（万元）', formatWan(d.requestedAmount)],
      ],
      [30, 70],
    ),
    heading('二、项目申报情况'),
    heading('（一）立项必要性', 2),
    paragraph(d.necessity || '—'),
    heading('（二）实施方案', 2),
    paragraph(d.implementationPlan || '—'),
    heading('（三）预期效益及绩效目标', 2),
    paragraph(d.expectedBenefits || '—'),
    paragraph(d.targetsDraft || '—'),
    heading('三、成本效益分析'),
    table(
      ['成本项目', '数量', '单价（元）', '金额（元）', '测算依据', '对标情况'],
      d.cost.lines.map((l) => [
        l.name,
        `${l.quantity}${l.unit}`,
        formatYuan(l.unitPrice),
        formatYuan(l.amount),
        COST_BASIS_LABELS[l.basis as 'quota'] ?? l.basis,
        l.issues.length > 0
          ? l.issues.map((i) => i.message).join('；')
          : l.benchmarkUnitPrice === null
            ? '未对标'
            : '在标准范围内',
      ]),
      [24, 12, 14, 16, 14, 20],
    ),
    paragraph(
      `成本测算合计${formatWan(d.cost.total)}万元。` +
        (d.cost.unitCost !== null
          ? `主要产出“${d.mainOutput}”${d.outputQuantity}${d.outputUnit}，单位成本${formatYuan(d.cost.unitCost)}元` +
            (d.benchmarkUnitCost !== null ? `，标准单位成本${formatYuan(d.benchmarkUnitCost)}元` : '') +
            (d.historyUnitCost !== null ? `，历史单位成本${formatYuan(d.historyUnitCost)}元` : '') +
            '。'
          : '') +
        (d.cost.unitCostIssues.length > 0 ? `${d.cost.unitCostIssues.map((i) => i.message).join('；')}。` : ''),
    ),
    heading('四、专家评审情况'),
    paragraph(
      `评审专家${d.panel.length}名：${d.panel.map((p) => `${p.expertName}（${p.employer}${p.expertTitle ? `，${p.expertTitle}` : ''}）`).join('、')}。`,
    ),
    table(
      ['评估维度', '权重', '得分'],
      d.template.dimensions.map((dim) => [
        dim.name,
        dim.weight,
        d.preview?.dimensionScores[dim.code]?.toFixed(2) ?? '—',
      ]),
      [50, 20, 30],
    ),
    table(
      ['专家', '评分', '总体意见'],
      d.panel.map((p) => [
        p.expertName,
        Object.values(p.scores)
          .reduce((acc, v) => acc + v, 0)
          .toFixed(2),
        p.overallComment || '—',
      ]),
      [20, 15, 65],
    ),
    heading('五、评估结论'),
    paragraph(
      `专家组综合评分${d.panelScore?.toFixed(2) ?? '—'}分，按评分标准对应“${label(d.bandConclusion)}”，评估结论为“${label(d.conclusion)}”。`,
    ),
    ...(d.overrideReason ? [paragraph(`结论调整理由：${d.overrideReason}`)] : []),
    paragraph(
      `申请金额${formatWan(d.requestedAmount)}万元，建议安排${formatWan(d.recommendedAmount ?? 0)}万元，核减${formatWan(cut)}万元。`,
    ),
    paragraph(d.opinion),
    paragraph(`评估日期：${d.concludedAt ? formatBusinessInstant(d.concludedAt, 'date') : ''}`, {
      align: 'right',
      indent: false,
    }),
  ];
  const buffer = await buildDocx(blocks, { title: `${d.projectName}事前绩效评估报告` });
  return { filename: `${d.projectName}事前绩效评估报告.docx`, buffer };
}
