/** The 项目库导入 row schema: sheet text (labels or codes) → a project input checked by the API's own contract. */
import { type Actor, inScope } from '../../../core/access';
import { PROJECT_KIND_LABELS, ZProjectInput } from '../../../core/contracts/projects';
import { type ProjectSheetKey, ZProjectImportRow } from '../../../core/contracts/projects-import';
import { BUDGET_TYPE_LABELS } from '../../../core/enums';
import { parseWan } from '../../../core/money';
import { z } from '../../../core/zod';
import type { ImportUnit } from './import-repo';

export interface ImportRefs {
  actor: Actor;
  /** Field code → name. */
  fields: Map<string, string>;
  units: ImportUnit[];
}

/** code or label → code, for a code list with Chinese labels. */
function lookup(labels: Record<string, string>) {
  const map = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) map.set(code, code).set(label, code);
  return (text: string) => map.get(text);
}

/** Where an issue of the API contract lands in the sheet. */
const INPUT_TO_SHEET: Record<string, ProjectSheetKey> = {
  year: 'year',
  code: 'code',
  name: 'name',
  fieldCode: 'field',
  budgetType: 'budgetType',
  projectKind: 'projectKind',
  startYear: 'startYear',
  endYear: 'endYear',
  totalAmount: 'total',
  requestedAmount: 'requested',
};

// Exported cells starting with = + - @ carry a protective leading quote (see neutralise); strip it back.
const unquote = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);

function unitResolver(units: ImportUnit[]) {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = new Map<string, ImportUnit[]>();
  for (const u of units) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  return (text: string): ImportUnit | string => {
    const hit = byCode.get(text) ?? byName.get(text);
    if (!hit) return `预算单位“${text}”不存在（请填写单位名称或单位编码）`;
    if (Array.isArray(hit)) return hit.length === 1 ? hit[0] : `预算单位名称“${text}”不唯一，请填写单位编码`;
    return hit;
  };
}

/** Import row schema: resolves labels to codes and units to ids, with a Chinese message on the offending column. */
export function projectImportSchema(refs: ImportRefs) {
  const budgetType = lookup(BUDGET_TYPE_LABELS);
  const projectKind = lookup(PROJECT_KIND_LABELS);
  const fieldNames = new Map([...refs.fields].map(([code, name]) => [name, code]));
  const resolveUnit = unitResolver(refs.units);
  const ownUnit = refs.units.find((u) => u.id === refs.actor.unitId);
  return ZProjectImportRow.transform((raw, ctx) => {
    const reported = new Set<ProjectSheetKey>();
    // Blank period / total cells take the year / requested amount: their errors belong to the source cell.
    const derived = new Set<ProjectSheetKey>();
    const bad = (path: ProjectSheetKey, message: string) => {
      reported.add(path);
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const r = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, unquote(v.trim())])) as typeof raw;
    const year = (key: ProjectSheetKey, text: string, fallback?: number) => {
      if (text === '' && fallback !== undefined) {
        derived.add(key);
        return fallback;
      }
      if (!/^\d{4}$/.test(text)) bad(key, text === '' ? '不能为空' : '应为四位年度数字，如 2026');
      return Number(text);
    };
    const amount = (key: ProjectSheetKey, text: string, fallback?: number) => {
      if (text === '' && fallback !== undefined) {
        derived.add(key);
        return fallback;
      }
      const fen = parseWan(text);
      if (fen === null) {
        const huge = /^\d[\d,，]*(\.\d+)?$/.test(text) && text.replace(/\D/g, '').length > 15;
        bad(key, text === '' ? '不能为空' : huge ? '金额超出上限（1000亿元）' : '金额应为万元数字，最多 6 位小数');
        return Number.NaN;
      }
      return fen;
    };
    let unit: ImportUnit | undefined;
    if (r.unitName === '' && ownUnit && refs.actor.role === 'unit') unit = ownUnit;
    else if (r.unitName === '') bad('unitName', '请填写预算单位');
    else {
      const u = resolveUnit(r.unitName);
      if (typeof u === 'string') bad('unitName', u);
      else unit = u;
    }
    if (unit && !inScope(refs.actor, { regionCode: refs.actor.regionCode, ...unit, unitId: unit.id })) {
      bad('unitName', `不能为本单位（部门）以外的预算单位“${unit.name}”导入项目`);
    }
    if (unit && r.departmentName !== '' && r.departmentName !== unit.departmentName) {
      bad('departmentName', `主管部门与预算单位不一致，“${unit.name}”的主管部门是“${unit.departmentName}”`);
    }
    const fieldCode = refs.fields.has(r.field) ? r.field : fieldNames.get(r.field);
    const blank = (key: ProjectSheetKey, text: string, message: string) => bad(key, text === '' ? '不能为空' : message);
    if (!fieldCode) blank('field', r.field, `重点领域“${r.field}”不存在`);
    const budget = budgetType(r.budgetType);
    if (!budget) {
      const message = `预算类型“${r.budgetType}”不正确，应为一般公共预算、政府性基金预算或国有资本经营预算`;
      blank('budgetType', r.budgetType, message);
    }
    const kind = projectKind(r.projectKind);
    if (!kind)
      blank('projectKind', r.projectKind, `项目类型“${r.projectKind}”不正确，应为常年性项目、延续性项目或一次性项目`);
    if (!['', '新增', '延续'].includes(r.isNew)) bad('isNew', '新增/延续应填写“新增”或“延续”');
    const y = year('year', r.year);
    const startYear = year('startYear', r.startYear, y);
    const endYear = year('endYear', r.endYear, startYear);
    if (y && startYear && endYear >= startYear && (y < startYear || y > endYear)) {
      bad('year', `年度应在项目实施期限（${startYear}—${endYear}年）内`);
    }
    const requestedAmount = amount('requested', r.requested);
    const totalAmount = amount('total', r.total, requestedAmount);
    const candidate = {
      year: y,
      code: r.code === '' ? undefined : r.code,
      name: r.name,
      fieldCode: fieldCode ?? r.field,
      budgetType: budget ?? r.budgetType,
      projectKind: kind ?? r.projectKind,
      isNew: r.isNew !== '延续',
      startYear,
      endYear,
      totalAmount,
      requestedAmount,
    };
    const parsed = ZProjectInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = INPUT_TO_SHEET[String(issue.path[0] ?? '')];
        // Values already reported above (NaN amounts, bad codes) are not reported twice.
        if (key && !reported.has(key) && !derived.has(key)) bad(key, issue.message);
      }
      return z.NEVER;
    }
    if (!unit || reported.size > 0) return z.NEVER;
    return { input: parsed.data, unit };
  });
}

export type TProjectImported = { input: z.infer<typeof ZProjectInput>; unit: ImportUnit };
