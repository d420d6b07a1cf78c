// The field catalogue of the rule sets: every editable key path of an area with its Chinese label, unit and
// allowed values. The same description drives the web form and the server's validation, so a field's range is
// written once. Structures the catalogue does not describe (indicator taxonomies, scoring templates) are listed
// as `advanced` and only shape-checked (plus their own validators where an area has them).

/** One selectable value of an enum, with its Chinese label. */
export interface RuleOption {
  value: string | number | null;
  label: string;
}

/** A numeric range in display units; `scale` converts the stored value (e.g. 分) to them (e.g. 万元 = 1 000 000). */
export interface NumberSpec {
  unit?: string;
  min: number;
  max?: number;
  step?: number;
  /** The stored value must be an integer (counts, 分 amounts). */
  integer?: boolean;
  scale?: number;
}

interface FieldBase {
  /** Dotted path inside the area, e.g. `panel.trimFromExperts`. */
  path: string;
  label: string;
  help?: string;
}

/** A column of a row table (bands, weight groups, the results table). */
export type RuleColumn = { key: string; label: string; optional?: boolean } & (
  | ({ kind: 'number' } & NumberSpec)
  | { kind: 'boolean' }
  | { kind: 'enum'; options: RuleOption[] }
  | { kind: 'enumList'; options: RuleOption[]; minItems?: number }
  | { kind: 'text'; maxLength: number }
);

export type RuleField = FieldBase &
  (
    | ({ kind: 'number' } & NumberSpec)
    | { kind: 'boolean' }
    | { kind: 'enum'; options: RuleOption[] }
    /** A list of codes; `ordered` lists keep the order the user gives (e.g. worst colour first). */
    | { kind: 'enumList'; options: RuleOption[]; minItems?: number; ordered?: boolean }
    | { kind: 'tags'; minItems?: number }
    /** One enum value per code, e.g. the severity of each check. */
    | { kind: 'codeMap'; keys: RuleOption[]; options: RuleOption[] }
    /** One number per code, e.g. the weight of each first level. */
    | ({ kind: 'numberMap'; keys: RuleOption[] } & NumberSpec)
    /** Rows of an array, or of a record keyed by `keys` (one fixed row per code). */
    | { kind: 'rows'; columns: RuleColumn[]; minRows?: number; keys?: RuleOption[] }
  );

export interface RuleSection {
  title: string;
  fields: RuleField[];
}

/** A problem with one value: `path` is dotted inside the area (`gradeBands.1.min`), `message` Chinese. */
export interface RuleFieldIssue {
  path: string;
  message: string;
}

/** The form and the checks of one rule area. */
export interface RuleCatalogue<T> {
  sections: RuleSection[];
  /** Top-level keys not described by the form (shown as read-only JSON, checked by shape and `check`). */
  advanced: string[];
  /** Checks across fields (sums, band order), run once every field is individually valid; returns every issue. */
  check?: (rules: T) => RuleFieldIssue[];
}

/** Options from an existing Chinese label map, in its key order. */
export function optionsOf(labels: Readonly<Record<string, string>>): RuleOption[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** Options whose label is the code itself (grades 优/良/中/差, 达成 …). */
export function literalOptions(values: readonly string[]): RuleOption[] {
  return values.map((value) => ({ value, label: value }));
}

/** The value at a dotted path (array indexes as numbers). */
export function getAt(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Range text in display units, e.g. "0–1", "0–100 %", "不小于 1 人". */
export function rangeText(spec: NumberSpec): string {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  return spec.max === undefined ? `不小于 ${spec.min}${unit}` : `${spec.min}–${spec.max}${unit}`;
}

function numberProblem(spec: NumberSpec, value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '应为数字';
  if (spec.integer && !Number.isInteger(value)) return '应为整数';
  const shown = value / (spec.scale ?? 1);
  const inRange = shown >= spec.min && (spec.max === undefined || shown <= spec.max);
  if (!inRange) return spec.max === undefined ? `应${rangeText(spec)}` : `应在 ${rangeText(spec)} 之间`;
  return null;
}

const labelsOf = (options: RuleOption[]) => options.map((o) => o.label).join('、');
const hasOption = (options: RuleOption[], value: unknown) => options.some((o) => o.value === value);

function listProblem(options: RuleOption[] | null, value: unknown, minItems = 0): string | null {
  if (!Array.isArray(value)) return '应为列表';
  if (value.length < minItems) return `至少需要 ${minItems} 项`;
  for (const item of value) {
    if (options && !hasOption(options, item)) return `含有不允许的取值“${String(item)}”（可选：${labelsOf(options)}）`;
    if (!options && (typeof item !== 'string' || item.trim() === '')) return '不能含有空白项';
  }
  if (new Set(value).size !== value.length) return '有重复项';
  return null;
}

function columnProblem(column: RuleColumn, value: unknown): string | null {
  if (value === undefined && column.optional) return null;
  switch (column.kind) {
    case 'number':
      return numberProblem(column, value);
    case 'boolean':
      return typeof value === 'boolean' ? null : '应为“是”或“否”';
    case 'enum':
      return hasOption(column.options, value) ? null : `只能取：${labelsOf(column.options)}`;
    case 'enumList':
      return listProblem(column.options, value, column.minItems);
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') return '不能为空';
      return value.length > column.maxLength ? `不能超过 ${column.maxLength} 个字符` : null;
  }
}

/** The issues of one catalogue field in an area's data (empty when valid). */
export function checkRuleField(field: RuleField, data: unknown): RuleFieldIssue[] {
  const value = getAt(data, field.path);
  const label = `「${field.label}」`;
  const one = (problem: string | null, path = field.path, name = label): RuleFieldIssue[] =>
    problem ? [{ path, message: `${name}${problem}` }] : [];
  switch (field.kind) {
    case 'number':
      return one(numberProblem(field, value));
    case 'boolean':
      return one(typeof value === 'boolean' ? null : '应为“是”或“否”');
    case 'enum':
      return one(hasOption(field.options, value) ? null : `只能取：${labelsOf(field.options)}`);
    case 'enumList':
      return one(listProblem(field.options, value, field.minItems));
    case 'tags':
      return one(listProblem(null, value, field.minItems));
    case 'codeMap':
    case 'numberMap':
      return field.keys.flatMap((key) => {
        const name = `「${field.label} · ${key.label}」`;
        const cell = getAt(value, String(key.value));
        const problem =
          field.kind === 'codeMap'
            ? hasOption(field.options, cell)
              ? null
              : `只能取：${labelsOf(field.options)}`
            : numberProblem(field, cell);
        return one(problem, `${field.path}.${key.value}`, name);
      });
    case 'rows': {
      const rows = field.keys ? field.keys.map((k) => getAt(value, String(k.value))) : value;
      if (!Array.isArray(rows)) return one('应为表格');
      if (rows.length < (field.minRows ?? 0)) return one(`至少需要 ${field.minRows} 行`);
      return rows.flatMap((row, i) => {
        const rowKey = field.keys ? String(field.keys[i].value) : String(i);
        const rowName = field.keys ? `「${field.label} · ${field.keys[i].label}」` : `「${field.label}」第 ${i + 1} 行`;
        if (row === null || typeof row !== 'object') return one('应为对象', `${field.path}.${rowKey}`, rowName);
        return field.columns.flatMap((column) =>
          one(
            columnProblem(column, (row as Record<string, unknown>)[column.key]),
            `${field.path}.${rowKey}.${column.key}`,
            `${rowName}的「${column.label}」`,
          ),
        );
      });
    }
  }
}

/** Same keys and value kinds as the default, recursively, so a stored rule set cannot break rule functions. */
export function checkShape(candidate: unknown, reference: unknown, path: string): string[] {
  if (Array.isArray(reference)) return Array.isArray(candidate) ? [] : [`${path} 应为数组`];
  if (reference !== null && typeof reference === 'object') {
    if (candidate === null || typeof candidate !== 'object' || Array.isArray(candidate)) return [`${path} 应为对象`];
    return Object.keys(reference).flatMap((key) =>
      checkShape(
        (candidate as Record<string, unknown>)[key],
        (reference as Record<string, unknown>)[key],
        path === '规则' ? key : `${path}.${key}`,
      ),
    );
  }
  if (reference === null || reference === undefined) return [];
  return typeof candidate === typeof reference ? [] : [`${path} 类型应为 ${typeof reference}`];
}

/**
 * Validates an area's data and returns every issue: each catalogue field, then the shape against the default,
 * then the cross-field checks (only on data whose fields are valid, so sums and orders compare real numbers).
 */
export function validateWithCatalogue<T>(catalogue: RuleCatalogue<T>, reference: T, data: unknown): RuleFieldIssue[] {
  // Field checks first: they name the field in Chinese ("「相似度阈值」应为数字"); the shape check then guards the
  // structures the form does not describe.
  const issues = catalogue.sections.flatMap((section) => section.fields.flatMap((f) => checkRuleField(f, data)));
  if (issues.length > 0) return issues;
  const shape = checkShape(data, reference, '规则');
  if (shape.length > 0)
    return shape.map((problem) => ({ path: problem.split(' ')[0], message: `规则格式不正确：${problem}` }));
  return catalogue.check ? catalogue.check(data as T) : [];
}

// Cross-field helpers shared by the areas.

const cellOf = (row: object, key: string): unknown => (row as Record<string, unknown>)[key];

/** Band rows must go from the highest lower bound down, strictly (no two bands with the same bound); one issue per bad row. */
export function checkDescending(rows: readonly object[], path: string, label: string, key = 'min'): RuleFieldIssue[] {
  const issues: RuleFieldIssue[] = [];
  for (let i = 1; i < rows.length; i += 1) {
    const previous = Number(cellOf(rows[i - 1], key));
    if (Number(cellOf(rows[i], key)) >= previous)
      issues.push({
        path: `${path}.${i}.${key}`,
        message: `「${label}」应按下限从高到低排列且不重叠：第 ${i + 1} 行的下限应小于第 ${i} 行的 ${previous}`,
      });
  }
  return issues;
}

/** The values of one column must differ from row to row; one issue per repeat. */
export function checkDistinct(
  rows: readonly object[],
  path: string,
  label: string,
  key: string,
  name: (value: unknown) => string = String,
): RuleFieldIssue[] {
  const seen = new Set<unknown>();
  const issues: RuleFieldIssue[] = [];
  for (const [i, row] of rows.entries()) {
    const value = cellOf(row, key);
    if (seen.has(value))
      issues.push({ path: `${path}.${i}.${key}`, message: `「${label}」中“${name(value)}”重复出现` });
    seen.add(value);
  }
  return issues;
}

/** Weights compared in hundredths, so 33.3 + 66.7 is exactly 100. */
export const sumHundredths = (values: readonly number[]): number =>
  values.reduce((acc, v) => acc + Math.round(v * 100), 0) / 100;

/** 定量指标最低占比: the same field in the target and the review rules. */
export const quantitativeShareField: RuleField = {
  path: 'minQuantitativeShare',
  kind: 'number',
  label: '定量指标最低占比',
  help: '以小数表示，0.6 即 60%',
  min: 0,
  max: 1,
  step: 0.05,
};
