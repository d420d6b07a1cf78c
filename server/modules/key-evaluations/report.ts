import { KEY_EVALUATION_STEP_LABELS, type KeyEvaluationStep } from '../../../core/contracts/key-evaluations';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../core/enums';
import { formatWan } from '../../../core/money';
import {
  type EvaluationKind,
  type EvaluationTemplate,
  evaluationKindLabels,
  frameworkLabels,
} from '../../../core/rules/key-evaluation/index';
import type { Ctx } from '../../platform/context';
import { buildDocx, heading, paragraph, table, title } from '../../platform/docx';
import { getEvaluation } from './detail';

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七'];
const pct = (score: number, weight: number) => (weight > 0 ? `${((score / weight) * 100).toFixed(2)}%` : '—');
const orNone = (text: string, none: string) => (text.trim() ? text : none);

/** The evaluation report (Word) in the usual outline, generated from the evaluation's rows. */
export async function buildEvaluationReport(ctx: Ctx, id: number) {
  const e = await getEvaluation(ctx, id);
  const fw = e.framework as EvaluationTemplate;
  const scores = e.indicatorScores;
  const score = (code: string) => scores[code] ?? 0;
  const blocks = [
    title(`${e.name}报告`),
    heading('一、基本情况'),
    paragraph(
      `评价对象为${e.objectName}（${evaluationKindLabels[e.kind as EvaluationKind]}评价），资金属于${
        BUDGET_TYPE_LABELS[e.budgetType as BudgetType]
      }，评价资金${formatWan(e.amount)}万元，主管部门为${e.departmentName ?? '—'}${e.unitName ? `，实施单位为${e.unitName}` : ''}。`,
    ),
    paragraph(orNone(e.summary, '（基本情况由评价机构补充。）')),
    heading('二、评价工作开展情况'),
    paragraph(
      `本次评价${e.engagement ? `由财政局委托${e.engagement.agencyName}实施` : '由财政局评价组实施'}，按照下达通知、制定工作方案、数据采集与现场调研、形成初步结论、交换意见、确定评分与报告的程序开展。`,
    ),
    table(
      ['评价环节', '计划时间', '完成时间', '工作成果'],
      e.steps.map((s) => [
        KEY_EVALUATION_STEP_LABELS[s.step as KeyEvaluationStep],
        s.plannedOn ?? '—',
        s.doneOn ?? '未完成',
        s.deliverable || '—',
      ]),
      [25, 18, 18, 39],
    ),
    heading('三、综合评价情况及结论'),
    paragraph(
      e.totalScore === null
        ? '评分尚未完成。'
        : `经综合评价，${e.objectName}绩效评价得分为${e.totalScore.toFixed(2)}分，评价等级为“${e.grade}”。`,
    ),
    table(
      ['一级指标', '分值', '得分', '得分率'],
      [
        ...fw.dimensions.map((d) => {
          const s = e.byLevel1?.[d.code] ?? 0;
          return [frameworkLabels[d.code], d.weight, s.toFixed(2), pct(s, d.weight)];
        }),
        ['合计', 100, (e.totalScore ?? 0).toFixed(2), pct(e.totalScore ?? 0, 100)],
      ],
      [34, 22, 22, 22],
    ),
    paragraph(orNone(e.conclusion, '（评价结论待补充。）')),
    heading('四、绩效指标分析'),
    ...fw.dimensions.flatMap((d, i) => {
      const rows = d.level2.flatMap((l2) =>
        l2.indicators.map((ind) => [
          l2.name,
          ind.name,
          ind.weight,
          score(ind.code).toFixed(2),
          e.indicatorNotes[ind.code] ?? '',
        ]),
      );
      const lost = rows.filter((r) => Number(r[3]) < Number(r[2])).map((r) => r[1]);
      return [
        heading(`（${NUMBERS[i]}）${frameworkLabels[d.code]}指标`, 2),
        paragraph(
          `${frameworkLabels[d.code]}指标分值${d.weight}分，得分${(e.byLevel1?.[d.code] ?? 0).toFixed(2)}分${
            lost.length ? `，失分指标为：${lost.join('、')}` : '，各项指标均得满分'
          }。`,
        ),
        table(['二级指标', '三级指标', '分值', '得分', '评分依据'], rows, [18, 24, 10, 10, 38]),
      ];
    }),
    heading('五、存在的问题'),
    ...(e.findings.length
      ? e.findings.map((f, i) => paragraph(`${i + 1}. ${f.problem}${f.unitName ? `（${f.unitName}）` : ''}`))
      : [paragraph('评价未发现需要整改的问题。')]),
    heading('六、有关建议'),
    paragraph(orNone(e.suggestions, '（建议待补充。）')),
    ...e.findings.map((f, i) => paragraph(`${i + 1}. ${f.requirement}（整改期限：${f.deadline}）`)),
    heading('附：被评价单位反馈意见'),
    paragraph(e.unitResponse ? e.unitResponse : '被评价单位未提出书面意见。'),
  ];
  const buffer = await buildDocx(blocks, { title: e.name });
  return { buffer, filename: `${e.name}报告.docx` };
}
