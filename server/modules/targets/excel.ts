/** 项目支出绩效目标申报表: a header block (project, amounts, goals) and indicator rows; import reads the same layout. */
import ExcelJS from 'exceljs';
import { type TTargetIndicatorInput, ZTargetIndicatorInput } from '../../../core/contracts/targets';
import { formatWan } from '../../../core/money';
import { level1Labels, level2Labels } from '../../../core/rules/indicator';
import { AppError } from '../../platform/errors';
import { assertNoRowErrors, cellText, loadWorkbook, neutralise, type RowError } from '../../platform/excel';

export const INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '运算符',
  '指标值',
  '计量单位',
  '权重',
  '指标值说明',
  '指标值依据',
];

export interface DeclarationSheet {
  year: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  departmentName: string;
  requestedAmount: number;
  overallGoal: string;
  annualGoal: string;
  indicators: {
    level1: string;
    level2: string;
    name: string;
    operator: string;
    targetValue: string;
    unit: string;
    weight: number;
    valueNote: string;
    basis: string;
  }[];
}

export async function writeDeclaration(d: DeclarationSheet) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('绩效目标申报表', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true },
  });
  ws.columns = [14, 16, 30, 8, 12, 12, 8, 24, 12].map((width) => ({ width }));
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = '项目支出绩效目标申报表';
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:I2');
  ws.getCell('A2').value = `（${d.year}年度）`;
  ws.getCell('A2').alignment = { horizontal: 'center' };
  const pair = (r: number, a: string, b: string, c: string, e: string) => {
    ws.getCell(`A${r}`).value = a;
    ws.mergeCells(`B${r}:D${r}`);
    ws.getCell(`B${r}`).value = neutralise(b);
    ws.getCell(`E${r}`).value = c;
    ws.mergeCells(`F${r}:I${r}`);
    ws.getCell(`F${r}`).value = neutralise(e);
  };
  pair(3, '项目名称', d.projectName, '项目编码', d.projectCode);
  pair(4, '主管部门', d.departmentName, '预算单位', d.unitName);
  pair(5, '申报金额（万元）', formatWan(d.requestedAmount), '年度', String(d.year));
  for (const [r, label, text] of [
    [6, '总体目标', d.overallGoal],
    [7, '年度目标', d.annualGoal],
  ] as const) {
    ws.getCell(`A${r}`).value = label;
    ws.mergeCells(`B${r}:I${r}`);
    ws.getCell(`B${r}`).value = neutralise(text);
    ws.getCell(`B${r}`).alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(r).height = 48;
  }
  ws.getRow(8).values = INDICATOR_HEADERS;
  ws.getRow(8).font = { bold: true };
  for (const i of d.indicators) {
    ws.addRow([
      level1Labels[i.level1 as keyof typeof level1Labels] ?? i.level1,
      level2Labels[i.level2 as keyof typeof level2Labels] ?? i.level2,
      neutralise(i.name),
      i.operator,
      neutralise(i.targetValue),
      i.unit,
      i.weight,
      neutralise(i.valueNote),
      i.basis,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const invert = (labels: Record<string, string>) => new Map(Object.entries(labels).map(([k, v]) => [v, k]));
const unquote = (s: string) => (s.startsWith("'") && /^'[=+\-@]/.test(s) ? s.slice(1) : s);

/** Reads a declaration sheet back; any bad indicator row → IMPORT_ROW_INVALID listing every error, nothing returned. */
export async function readDeclaration(buffer: Buffer) {
  const wb = await loadWorkbook(buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('BAD_FILE', 'Excel 文件中没有工作表');
  const text = (r: number, c: number) => unquote(cellText(ws.getRow(r).getCell(c)));
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) if (text(r, 1) === '一级指标') headerRow = r;
  const headers = INDICATOR_HEADERS.map((_, i) => text(headerRow, i + 1));
  if (!headerRow || headers.some((h, i) => h !== INDICATOR_HEADERS[i])) {
    throw new AppError('BAD_FILE', `不是项目支出绩效目标申报表：指标表头应为 ${INDICATOR_HEADERS.join('、')}`);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).filter(
    (m) => Number(m.match(/\d+/)?.[0]) >= headerRow,
  );
  if (merges.length)
    throw new AppError('BAD_FILE', `指标区域存在合并单元格（${merges.slice(0, 3).join('、')}），请取消合并后再导入`);
  if (ws.rowCount - headerRow > 200) throw new AppError('BAD_FILE', '指标行过多（最多 200 行）');
  const find = (label: string) => {
    for (let r = 1; r < headerRow; r++) {
      if (text(r, 1) === label) return text(r, 2);
      if (text(r, 5) === label) return text(r, 6);
    }
    return '';
  };
  const l1 = invert(level1Labels);
  const l2 = invert(level2Labels);
  const indicators: TTargetIndicatorInput[] = [];
  const errors: RowError[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const cells = INDICATOR_HEADERS.map((_, i) => text(r, i + 1));
    if (cells.every((c) => c === '')) continue;
    const weight = Number(cells[6]);
    const parsed = ZTargetIndicatorInput.safeParse({
      level1: l1.get(cells[0]) ?? cells[0],
      level2: l2.get(cells[1]) ?? cells[1],
      name: cells[2],
      operator: cells[3],
      targetValue: cells[4],
      unit: cells[5],
      weight: cells[6] === '' || Number.isNaN(weight) ? -1 : weight,
      valueNote: cells[7],
      basis: cells[8] || '计划标准',
    });
    if (parsed.success) indicators.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const idx = [
          'level1',
          'level2',
          'name',
          'operator',
          'targetValue',
          'unit',
          'weight',
          'valueNote',
          'basis',
        ].indexOf(String(issue.path[0]));
        errors.push({
          row: r,
          column: INDICATOR_HEADERS[idx],
          message: idx === 6 ? '权重应为 0–100 的数字' : issue.message,
        });
      }
  }
  assertNoRowErrors(errors);
  return { projectCode: find('项目编码'), overallGoal: find('总体目标'), annualGoal: find('年度目标'), indicators };
}
