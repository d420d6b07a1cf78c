import ExcelJS from 'exceljs';
import type { TSelfEvaluationUpdate } from '../../../core/contracts/self-evaluation';
import { formatWan, parseWan } from '../../../core/money';
import { type Level1, type Level2, level1Labels, level2Labels, qualitativeLevels } from '../../../core/rules/indicator';
import { AppError } from '../../platform/errors';
import { cellText, loadWorkbook, neutralise } from '../../platform/excel';
import type { getSelfEvaluation } from './service';

type Detail = Awaited<ReturnType<typeof getSelfEvaluation>>;

export const INDICATOR_HEADERS = [
  '序号',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '计量单位',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析',
  '改进措施',
  '行号',
];
const TEXT_LABELS = { conclusion: '评价结论', problems: '存在问题', measures: '改进措施（总体）' } as const;

/** 项目支出绩效自评表 in the usual layout: header block, budget block, indicator table, conclusions. */
export async function writeSelfEvaluationXlsx(d: Detail) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目支出绩效自评表');
  ws.columns = [6, 12, 14, 24, 8, 12, 10, 12, 8, 8, 30, 30, 8].map((width) => ({ width }));
  const add = (values: (string | number | null)[]) => ws.addRow(values.map((v) => neutralise(v)));
  const titleRow = add([`项目支出绩效自评表（${d.year}年度）`]);
  ws.mergeCells(titleRow.number, 1, titleRow.number, 12);
  titleRow.font = { bold: true, size: 16, name: '黑体' };
  titleRow.alignment = { horizontal: 'center' };
  add(['项目名称', d.projectName, '', '项目编码', d.projectCode]);
  add(['实施单位', d.unitName, '', '自评等级', d.grade]);
  add(['年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '执行率', '分值', '得分']);
  add([
    formatWan(d.initialBudget),
    formatWan(d.annualBudget),
    formatWan(d.executedAmount),
    d.score.executionRate === null ? '—' : `${d.score.executionRate}%`,
    d.rules.weights.execution,
    d.score.executionScore,
  ]);
  add(['年度总体目标', d.overallGoal]);
  add(['实际完成情况', d.actualOutcome]);
  const header = add(INDICATOR_HEADERS);
  header.font = { bold: true };
  d.indicators.forEach((r, i) => {
    add([
      i + 1,
      level1Labels[r.level1 as Level1] ?? r.level1,
      level2Labels[r.level2 as Level2] ?? r.level2,
      r.name,
      r.operator,
      r.targetValue,
      r.unit,
      r.operator === '定性' ? (r.qualitativeLevel ?? '') : (r.actualNumber ?? ''),
      r.weight,
      r.score,
      r.deviationReason,
      r.improvement,
      r.id,
    ]);
  });
  add(['总分', d.score.total, '', '自评等级', d.score.grade]);
  add([TEXT_LABELS.conclusion, d.conclusion]);
  add([TEXT_LABELS.problems, d.problems]);
  add([TEXT_LABELS.measures, d.measures]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads the same layout back into an update (actuals, scores, texts); all-or-nothing with row errors. */
export async function readSelfEvaluationXlsx(buffer: Buffer, d: Detail): Promise<TSelfEvaluationUpdate> {
  const wb = await loadWorkbook(buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('BAD_FILE', 'Excel 文件中没有工作表');
  const text = (r: number, c: number) => cellText(ws.getRow(r).getCell(c));
  let headerRow = 0;
  for (let r = 1; r <= ws.rowCount; r++) if (text(r, 4) === '三级指标' && text(r, 13) === '行号') headerRow = r;
  if (!headerRow) throw new AppError('BAD_FILE', '未找到指标表头，请使用系统导出的项目支出绩效自评表');
  const errors: { row: number; column?: string; message: string }[] = [];
  const executed = parseWan(text(headerRow - 3, 3));
  if (executed === null || executed < 0)
    errors.push({ row: headerRow - 3, column: '全年执行数（万元）', message: '应为非负金额' });
  const labelled = (label: string) => {
    for (let r = 1; r <= ws.rowCount; r++) if (text(r, 1) === label) return text(r, 2);
    return '';
  };
  const indicators: TSelfEvaluationUpdate['indicators'] = [];
  for (let r = headerRow + 1; r <= ws.rowCount && text(r, 1) !== '总分'; r++) {
    const id = Number(text(r, 13));
    const stored = d.indicators.find((x) => x.id === id);
    if (!stored) {
      errors.push({ row: r, column: '行号', message: '行号不属于该自评表' });
      continue;
    }
    const actualText = text(r, 8);
    const qualitative = stored.operator === '定性';
    const actual = qualitative || actualText === '' ? null : Number(actualText);
    if (actual !== null && !(Number.isFinite(actual) && actual >= 0))
      errors.push({ row: r, column: '实际完成值', message: '应为非负数' });
    if (qualitative && actualText && !(qualitativeLevels as readonly string[]).includes(actualText))
      errors.push({ row: r, column: '实际完成值', message: '定性指标应填“达成”“部分达成”或“未达成”' });
    const scoreText = text(r, 10);
    const claimed = scoreText === '' ? null : Number(scoreText);
    if (claimed !== null && !(Number.isFinite(claimed) && claimed >= 0))
      errors.push({ row: r, column: '得分', message: '应为非负数' });
    indicators.push({
      id,
      actual,
      qualitativeLevel: qualitative && actualText ? (actualText as (typeof qualitativeLevels)[number]) : null,
      claimedScore: qualitative ? claimed : null,
      deviationReason: text(r, 11).slice(0, 500),
      improvement: text(r, 12).slice(0, 500),
    });
  }
  const texts = {
    conclusion: labelled(TEXT_LABELS.conclusion),
    problems: labelled(TEXT_LABELS.problems),
    measures: labelled(TEXT_LABELS.measures),
  };
  for (const [key, value] of Object.entries(texts))
    if (value.length > 200)
      errors.push({ row: 0, column: TEXT_LABELS[key as keyof typeof texts], message: '不能超过 200 个字' });
  if (errors.length)
    throw new AppError('IMPORT_ROW_INVALID', `导入失败：共 ${errors.length} 处错误，未导入任何数据`, { errors });
  return {
    version: d.version,
    executedAmount: executed ?? 0,
    actualOutcome: labelled('实际完成情况') || d.actualOutcome,
    ...texts,
    indicators,
  };
}
