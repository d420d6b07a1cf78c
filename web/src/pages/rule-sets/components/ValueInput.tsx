import { Input, InputNumber, Select, Switch } from 'antd';
import type { NumberSpec, RuleOption } from '../../../../../core/rules/rule-fields';
import { fromDisplay, toDisplay } from '../rule-form';

/** What one input edits: a scalar or list field, a table column, or one cell of a per-code map. */
export type ValueSpec =
  | ({ kind: 'number' } & NumberSpec)
  | { kind: 'boolean' }
  | { kind: 'enum' | 'enumList'; options: RuleOption[] }
  | { kind: 'tags' }
  | { kind: 'text'; maxLength: number };

// antd's Select reads null as "no value": the "不强制" option of a code map travels under a placeholder key.
const NONE = '__none__';
const toSelect = (v: RuleOption['value']) => (v === null ? NONE : v);
const fromSelect = (v: string | number) => (v === NONE ? null : v);
const selectOptions = (options: RuleOption[]) => options.map((o) => ({ value: toSelect(o.value), label: o.label }));

interface Props {
  spec: ValueSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  id?: string;
  invalid?: boolean;
  compact?: boolean;
}

/** One editable value of a rule: InputNumber with its unit, Switch, Select, multi-select or tags. */
export function ValueInput({ spec, value, onChange, id, invalid, compact }: Props) {
  const status = invalid ? 'error' : undefined;
  switch (spec.kind) {
    case 'number':
      return (
        <InputNumber<number>
          id={id}
          status={status}
          value={toDisplay(spec, value)}
          step={spec.step ?? 1}
          addonAfter={spec.unit}
          style={{ width: compact ? 150 : 200 }}
          onChange={(shown) => onChange(fromDisplay(spec, shown) ?? undefined)}
        />
      );
    case 'boolean':
      return <Switch id={id} checked={value === true} onChange={onChange} />;
    case 'text':
      return (
        <Input
          id={id}
          status={status}
          maxLength={spec.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'tags':
      return (
        <Select<string[]>
          id={id}
          status={status}
          mode="tags"
          value={Array.isArray(value) ? (value as string[]) : []}
          style={{ minWidth: 360 }}
          tokenSeparators={[',', '，']}
          open={false}
          placeholder="输入后按回车添加"
          onChange={onChange}
        />
      );
    case 'enumList':
      return (
        <Select<(string | number)[]>
          id={id}
          status={status}
          mode="multiple"
          value={Array.isArray(value) ? (value as (string | number)[]) : []}
          options={selectOptions(spec.options)}
          style={{ minWidth: compact ? 220 : 360 }}
          onChange={onChange}
        />
      );
    case 'enum':
      return (
        <Select<string | number>
          id={id}
          status={status}
          value={value === undefined ? undefined : toSelect(value as RuleOption['value'])}
          options={selectOptions(spec.options)}
          style={{ minWidth: compact ? 130 : 220 }}
          onChange={(v) => onChange(fromSelect(v))}
        />
      );
  }
}
