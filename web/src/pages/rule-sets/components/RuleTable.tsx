import { Button, Table, Typography } from 'antd';
import { getAt, type RuleColumn, type RuleField, type RuleFieldIssue } from '../../../../../core/rules/rule-fields';
import { describeValue, setAt } from '../rule-form';
import { ValueInput, type ValueSpec } from './ValueInput';

type TableField = Extract<RuleField, { kind: 'rows' | 'codeMap' | 'numberMap' }>;
type Row = Record<string, unknown>;

interface Props {
  field: TableField;
  value: unknown;
  fallback: unknown;
  issues: readonly RuleFieldIssue[];
  onChange: (value: unknown) => void;
}

/** A new row of an array table: the column's first option, its minimum, "是"; optional columns stay empty. */
function blankRow(columns: RuleColumn[]): Row {
  const row: Row = {};
  for (const c of columns) {
    if (c.optional) continue;
    if (c.kind === 'number') row[c.key] = c.min;
    else if (c.kind === 'boolean') row[c.key] = true;
    else if (c.kind === 'enum') row[c.key] = c.options[0]?.value;
    else if (c.kind === 'enumList') row[c.key] = [];
    else row[c.key] = '';
  }
  return row;
}

/** Editable small table: bands and groups (rows), one row per code (keyed rows), or a per-code map. */
export function RuleTable({ field, value, fallback, issues, onChange }: Props) {
  const bad = (path: string) => issues.some((i) => i.path === path);
  const cell = (path: string, spec: ValueSpec, current: unknown) => (
    <ValueInput
      compact
      spec={spec}
      value={current}
      invalid={bad(path)}
      onChange={(v) => onChange(setAt(value, path.slice(field.path.length + 1), v))}
    />
  );
  // Band and row cells show their national default under the input (maps have a 默认 column instead).
  const rowCell = (rowKey: string, column: RuleColumn, current: unknown) => {
    const shown = describeValue(column, getAt(fallback, `${rowKey}.${column.key}`));
    return (
      <>
        {cell(`${field.path}.${rowKey}.${column.key}`, column, current)}
        {shown !== null && getAt(fallback, rowKey) !== undefined && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            默认 {shown}
          </Typography.Text>
        )}
      </>
    );
  };

  if (field.kind === 'codeMap' || field.kind === 'numberMap') {
    const spec: ValueSpec =
      field.kind === 'codeMap' ? { kind: 'enum', options: field.options } : { ...field, kind: 'number' };
    const scalar =
      field.kind === 'codeMap' ? { ...field, kind: 'enum' as const } : { ...field, kind: 'number' as const };
    const map = (value ?? {}) as Row;
    return (
      <Table<{ code: string; label: string }>
        size="small"
        pagination={false}
        rowKey="code"
        style={{ maxWidth: 720 }}
        dataSource={field.keys.map((k) => ({ code: String(k.value), label: k.label }))}
        columns={[
          { title: '项目', dataIndex: 'label' },
          { title: '取值', width: 240, render: (_, r) => cell(`${field.path}.${r.code}`, spec, map[r.code]) },
          { title: '默认', width: 160, render: (_, r) => describeValue(scalar, (fallback as Row)?.[r.code]) },
        ]}
      />
    );
  }

  const keyed = field.keys;
  const rows: Row[] = keyed
    ? keyed.map((k) => ((value as Row)?.[String(k.value)] ?? {}) as Row)
    : Array.isArray(value)
      ? (value as Row[])
      : [];
  const keyOf = (i: number) => (keyed ? String(keyed[i].value) : String(i));
  return (
    <>
      <Table<{ i: number }>
        size="small"
        pagination={false}
        rowKey="i"
        dataSource={rows.map((_, i) => ({ i }))}
        columns={[
          keyed
            ? { title: '项目', width: 140, render: (_, r) => keyed[r.i].label }
            : { title: '序号', width: 60, render: (_, r) => r.i + 1 },
          ...field.columns.map((c) => ({
            title: c.label,
            key: c.key,
            render: (_: unknown, r: { i: number }) => rowCell(keyOf(r.i), c, rows[r.i][c.key]),
          })),
          ...(keyed
            ? []
            : [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, r: { i: number }) => (
                    <Button type="link" size="small" danger onClick={() => onChange(rows.filter((_, j) => j !== r.i))}>
                      删除
                    </Button>
                  ),
                },
              ]),
        ]}
      />
      {!keyed && (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => onChange([...rows, blankRow(field.columns)])}>
          添加一行
        </Button>
      )}
    </>
  );
}
