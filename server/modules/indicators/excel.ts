import {
  INDICATOR_LAYER_LABELS,
  INDICATOR_STATUS_LABELS,
  ZIndicatorImportRow,
} from '../../../core/contracts/indicators';
import { PROJECT_KIND_LABELS } from '../../../core/contracts/projects';
import { level1Labels, level2Labels, operators } from '../../../core/rules/indicator';
import { z } from '../../../core/zod';
import type { libraryIndicators } from '../../db/schema/index';
import type { SheetColumn } from '../../platform/excel';

type Row = typeof libraryIndicators.$inferSelect;
const GENERAL = '通用';

const invert = (labels: Record<string, string>) => new Map(Object.entries(labels).map(([k, v]) => [v, k]));
const kindsText = (kinds: string) =>
  kinds
    .split(',')
    .filter(Boolean)
    .map((k) => PROJECT_KIND_LABELS[k as keyof typeof PROJECT_KIND_LABELS] ?? k)
    .join('、');

/** The same columns for export and import (labels, not codes, so finance staff can edit them). */
export function indicatorColumns(fieldName: (code: string | null) => string): SheetColumn<Row>[] {
  return [
    { key: 'fieldCode', header: '重点领域', value: (r) => fieldName(r.fieldCode) },
    { key: 'industry', header: '行业', value: (r) => r.industry },
    { key: 'category', header: '项目类别', value: (r) => r.category },
    {
      key: 'layer',
      header: '指标层级',
      value: (r) => INDICATOR_LAYER_LABELS[r.layer as keyof typeof INDICATOR_LAYER_LABELS] ?? r.layer,
    },
    {
      key: 'level1',
      header: '一级指标',
      value: (r) => level1Labels[r.level1 as keyof typeof level1Labels] ?? r.level1,
    },
    {
      key: 'level2',
      header: '二级指标',
      width: 18,
      value: (r) => level2Labels[r.level2 as keyof typeof level2Labels] ?? r.level2,
    },
    { key: 'name', header: '三级指标', width: 30, value: (r) => r.name },
    { key: 'operator', header: '运算符', value: (r) => r.operator },
    { key: 'unit', header: '计量单位', value: (r) => r.unit },
    { key: 'recommendedValue', header: '推荐值', value: (r) => r.recommendedValue },
    { key: 'basis', header: '指标值依据', value: (r) => r.basis },
    { key: 'explanation', header: '指标解释', width: 40, value: (r) => r.explanation },
    { key: 'calculation', header: '计算方法', width: 30, value: (r) => r.calculation },
    { key: 'dataSource', header: '数据来源', width: 24, value: (r) => r.dataSource },
    { key: 'scoringNote', header: '评分说明', width: 30, value: (r) => r.scoringNote },
    { key: 'projectKinds', header: '适用项目类型', value: (r) => kindsText(r.projectKinds) },
    {
      key: 'status',
      header: '状态',
      value: (r) => INDICATOR_STATUS_LABELS[r.status as keyof typeof INDICATOR_STATUS_LABELS] ?? r.status,
    },
  ];
}

/** Import row schema: labels → codes, with a Chinese error on the offending column. */
export function indicatorImportSchema(fieldCodeByName: Map<string, string>) {
  const layers = invert(INDICATOR_LAYER_LABELS);
  const l1 = invert(level1Labels);
  const l2 = invert(level2Labels);
  const statuses = invert(INDICATOR_STATUS_LABELS);
  const kinds = invert(PROJECT_KIND_LABELS);
  // Exported cells starting with = + - @ carry a protective leading quote (neutralise); strip it back.
  const unquote = (v: unknown) => (typeof v === 'string' && /^'[=+\-@]/.test(v) ? v.slice(1) : v);
  const row = z.preprocess(
    (raw) =>
      raw && typeof raw === 'object' ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, unquote(v)])) : raw,
    ZIndicatorImportRow,
  );
  return row.transform((r, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const fieldCode =
      r.fieldCode === GENERAL || r.fieldCode === '' ? null : (fieldCodeByName.get(r.fieldCode) ?? undefined);
    if (fieldCode === undefined) bad('fieldCode', `重点领域“${r.fieldCode}”不存在`);
    const layer = layers.get(r.layer);
    if (!layer) bad('layer', '指标层级应为共性指标、行业指标或项目个性指标');
    const level1 = l1.get(r.level1);
    if (!level1) bad('level1', `一级指标“${r.level1}”不正确`);
    const level2 = l2.get(r.level2);
    if (!level2) bad('level2', `二级指标“${r.level2}”不正确`);
    if (!(operators as readonly string[]).includes(r.operator)) bad('operator', '运算符应为 ≥ > = < ≤ 或 定性');
    if (r.operator !== '定性' && r.operator !== '' && r.unit === '') bad('unit', '定量指标必须填写计量单位');
    if (!['计划标准', '行业标准', '历史标准', '其他标准', ''].includes(r.basis)) bad('basis', '指标值依据不正确');
    // Proposals (待审核, 退回) belong to a department's review workflow: an import has no proposer to carry them.
    const status = r.status === '' ? 'enabled' : statuses.get(r.status);
    if (!status) bad('status', `状态“${r.status}”不正确`);
    else if (status !== 'enabled' && status !== 'disabled')
      bad('status', `状态“${r.status}”不能导入：导入的指标状态应为启用或停用（部门提出的指标请在系统中审核）`);
    const kindCodes = r.projectKinds
      .split(/[、,，]/)
      .filter(Boolean)
      .map((k) => kinds.get(k.trim()));
    if (kindCodes.some((k) => !k)) bad('projectKinds', '适用项目类型应为常年性项目、延续性项目、一次性项目');
    return {
      ...r,
      fieldCode: fieldCode ?? null,
      layer: layer ?? 'industry',
      level1: level1 ?? 'output',
      level2: level2 ?? 'quantity',
      basis: r.basis || '计划标准',
      status: status ?? 'enabled',
      projectKinds: kindCodes.join(','),
    };
  });
}
export type TIndicatorImported = z.infer<ReturnType<typeof indicatorImportSchema>>;
export { GENERAL as GENERAL_FIELD_LABEL };
