import type { NumberSpec, RuleColumn, RuleField, RuleFieldIssue, RuleOption } from '../../../../core/rules/rule-fields';

// Pure helpers of the rule form: immutable edits by dotted path, display units, default texts and error lookup.

/** A copy of `data` with the value at a dotted path replaced (arrays stay arrays). */
export function setAt<T>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const node = (data ?? {}) as Record<string, unknown> | unknown[];
  const child = rest.length === 0 ? value : setAt((node as Record<string, unknown>)[head], rest.join('.'), value);
  if (Array.isArray(node)) return node.map((item, i) => (String(i) === head ? child : item)) as T;
  return { ...node, [head]: child } as T;
}

/** Stored value → the number shown in the input (e.g. 分 → 万元). */
export function toDisplay(spec: NumberSpec, stored: unknown): number | null {
  return typeof stored === 'number' ? stored / (spec.scale ?? 1) : null;
}

/** Number typed in the input → stored value (an integer 分 amount stays an integer). */
export function fromDisplay(spec: NumberSpec, shown: number | null): number | null {
  if (shown === null) return null;
  const stored = shown * (spec.scale ?? 1);
  return spec.scale && spec.integer ? Math.round(stored) : stored;
}

const labelOf = (options: RuleOption[], value: unknown) =>
  options.find((o) => o.value === value)?.label ?? String(value);

/** Short text of a scalar, list or table-cell value for "默认 …" (null for whole tables and maps: they show theirs per cell). */
export function describeValue(field: RuleField | RuleColumn, value: unknown): string | null {
  switch (field.kind) {
    case 'number': {
      const shown = toDisplay(field, value);
      return shown === null ? '—' : `${shown}${field.unit ? ` ${field.unit}` : ''}`;
    }
    case 'boolean':
      return value ? '是' : '否';
    case 'enum':
      return labelOf(field.options, value);
    case 'enumList':
    case 'tags': {
      const items = Array.isArray(value) ? value : [];
      if (items.length === 0) return '（无）';
      return items.map((v) => (field.kind === 'enumList' ? labelOf(field.options, v) : String(v))).join('、');
    }
    default:
      return null;
  }
}

/** The issues at a path or inside it (a table's cells), for marking a field. */
export function issuesAt(issues: readonly RuleFieldIssue[], path: string): RuleFieldIssue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

/** The issues that belong to none of the form's fields (shape or advanced structures), for a list above the form. */
export function unplacedIssues(issues: readonly RuleFieldIssue[], fields: readonly RuleField[]): RuleFieldIssue[] {
  return issues.filter((issue) => !fields.some((f) => issuesAt([issue], f.path).length > 0));
}

/** Deep equality of plain JSON values (a field differs from its default). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The part of an area's data the form does not cover (shown read-only as JSON). */
export function advancedPart(data: unknown, keys: readonly string[]): Record<string, unknown> {
  const source = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}
