import { Button, Form, Space, Typography } from 'antd';
import type { RuleField, RuleFieldIssue } from '../../../../../core/rules/rule-fields';
import { describeValue, issuesAt, sameValue } from '../rule-form';
import { RuleTable } from './RuleTable';
import { ValueInput } from './ValueInput';

interface Props {
  field: RuleField;
  value: unknown;
  /** The national default of this field. */
  fallback: unknown;
  issues: readonly RuleFieldIssue[];
  onChange: (value: unknown) => void;
}

/** One rule field: label, input (or small table), the national default beside it and 「恢复默认」. */
export function RuleFieldItem({ field, value, fallback, issues, onChange }: Props) {
  const own = issuesAt(issues, field.path);
  const id = `rule-${field.path.replaceAll('.', '-')}`;
  const defaultText = describeValue(field, fallback);
  const changed = !sameValue(value, fallback);
  const extra = (
    <Space size={4} wrap>
      {field.help && <Typography.Text type="secondary">{field.help}</Typography.Text>}
      {defaultText !== null && <Typography.Text type="secondary">（默认 {defaultText}）</Typography.Text>}
      {changed && (
        <Button type="link" size="small" onClick={() => onChange(structuredClone(fallback))}>
          恢复默认
        </Button>
      )}
    </Space>
  );
  const table = field.kind === 'rows' || field.kind === 'codeMap' || field.kind === 'numberMap';
  return (
    <Form.Item
      label={field.label}
      htmlFor={table ? undefined : id}
      extra={extra}
      validateStatus={own.length > 0 ? 'error' : undefined}
      help={own.length > 0 ? own.map((i) => <div key={`${i.path}-${i.message}`}>{i.message}</div>) : undefined}
    >
      {field.kind === 'rows' || field.kind === 'codeMap' || field.kind === 'numberMap' ? (
        <RuleTable field={field} value={value} fallback={fallback} issues={own} onChange={onChange} />
      ) : (
        <ValueInput id={id} spec={field} value={value} invalid={own.length > 0} onChange={onChange} />
      )}
    </Form.Item>
  );
}
