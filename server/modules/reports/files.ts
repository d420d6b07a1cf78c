import type { TAnnualFigures } from '../../../core/contracts/reports';
import { formatWan } from '../../../core/money';
import { buildDocx, caption, type DocBlock, heading, paragraph, table, title } from '../../platform/docx';
import { writeSheet } from '../../platform/excel';

const FEN_PER_WAN = 1_000_000;

/** A figure: a count, an amount (分, shown in 万元) or text. */
type FigureValue = number | string | { fen: number };
const amount = (fen: number): FigureValue => ({ fen });

/** The figure as the Word annex prints it. */
const shown = (v: FigureValue) => (typeof v === 'object' ? formatWan(v.fen) : String(v));

/** The figure table appended to the Word report and exported as xlsx: one row per figure with its source. */
export function figureRows(f: TAnnualFigures): (readonly [string, string, FigureValue, string, string])[] {
  return [
    ['一、制度体系', '本年印发制度文件', f.policyDocuments, '件', '制度文件库（现行版本）'],
    ['一、制度体系', '政策宣讲场次', f.trainingSessions, '场', '宣讲培训记录'],
    ['一、制度体系', '宣讲覆盖预算单位', f.trainingUnits, '个', '参训单位（去重）'],
    ['一、制度体系', '收集难点堵点问题', f.feedbackTickets, '个', '难点堵点反馈'],
    ['二、全流程管控', '事前评估项目', f.exAnteProjects, '个', '本年出具结论的事前评估'],
    ['二、全流程管控', '事前评估核减', amount(f.exAnteCutFen), '万元', '申报数−建议安排数'],
    ['二、全流程管控', '自评复核反馈单位', f.reviewUnits, '家', '采纳的复核意见（去重单位）'],
    ['二、全流程管控', '自评复核反馈建议', f.reviewSuggestions, '条', '采纳的复核意见'],
    ['二、全流程管控', '自评退回整改单位', f.reviewReturned, '家', '被退回的复核样本'],
    ['二、全流程管控', '运行监控项目', f.monitoredProjects, '个', '已填报监控表'],
    ['二、全流程管控', '监控轮次', f.monitoringRounds, '轮', '监控轮次'],
    ['二、全流程管控', '收回预算资金', amount(f.recoveryFen), '万元', '监控处置：收回资金'],
    ['二、全流程管控', '重点绩效评价', f.keyEvaluations, '个', '重点评价（不含已取消）'],
    ['二、全流程管控', '评价类型', f.keyEvaluationKinds.join('、') || '—', '', '重点评价类型'],
    ['二、全流程管控', '覆盖预算类型', f.keyEvaluationBudgetTypes.join('、') || '—', '', '重点评价预算类型'],
    ['三、指标体系', '指标库覆盖重点领域', f.indicatorFields, '个', `${f.nextYear}年启用指标`],
    ['三、指标体系', '指标库指标数', f.indicatorCount, '项', `${f.nextYear}年启用指标`],
    ['四、结果应用', '依据评价结果调减预算', amount(f.resultsCutFen), '万元', '结果应用确认清单'],
    ['五、整改成效', '整改事项', f.rectificationTotal, '项', '整改清单'],
    ['五、整改成效', '已整改销号', f.rectificationClosed, '项', '整改清单（已销号）'],
  ];
}

/** The Word document: title, sections with the filled narrative, and the figure table as an annex. */
export async function reportDocx(report: {
  title: string;
  blocks: { kind: string; text: string }[];
  figures: TAnnualFigures;
}) {
  const body: DocBlock[] = report.blocks.map((b) => {
    if (b.kind === 'title') return title(b.text);
    if (b.kind === 'h1') return heading(b.text, 1);
    if (b.kind === 'h2') return heading(b.text, 2);
    return paragraph(b.text);
  });
  body.push(
    heading('附表：主要工作数据', 1),
    caption(`${report.figures.regionName}${report.figures.year}年预算绩效管理主要数据`),
    table(
      ['板块', '指标', '数值', '单位'],
      figureRows(report.figures).map((r) => [r[0], r[1], shown(r[2]), r[3]]),
      [22, 40, 24, 14],
    ),
  );
  return buildDocx(body, { title: report.title });
}

/** The figure tables as xlsx (same rows as the Word annex, plus the source of each figure). */
export function reportXlsx(f: TAnnualFigures) {
  type Row = ReturnType<typeof figureRows>[number];
  return writeSheet<Row>(
    `${f.year}年主要数据`,
    [
      { key: 'section', header: '板块', width: 18, value: (r) => r[0] },
      { key: 'name', header: '指标', width: 28, value: (r) => r[1] },
      {
        key: 'value',
        header: '数值',
        width: 40,
        value: (r) => (typeof r[2] === 'object' ? r[2].fen / FEN_PER_WAN : r[2]),
        numFmt: (r) => (typeof r[2] === 'object' ? '#,##0.00' : typeof r[2] === 'number' ? '#,##0' : undefined),
      },
      { key: 'unit', header: '单位', width: 8, value: (r) => r[3] },
      { key: 'source', header: '数据来源', width: 36, value: (r) => r[4] },
    ],
    [...figureRows(f)],
    `${f.regionName}${f.year}年预算绩效工作主要数据`,
  );
}
