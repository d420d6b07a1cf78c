import { Card } from 'antd';
import { getAt, type RuleFieldIssue, type RuleSection } from '../../../../../core/rules/rule-fields';
import { setAt } from '../rule-form';
import { RuleFieldItem } from './RuleFieldItem';

interface Props<T> {
  section: RuleSection;
  draft: T;
  defaults: T;
  issues: readonly RuleFieldIssue[];
  onChange: (draft: T) => void;
}

/** A titled group of rule fields, edited in the draft of the area. */
export function RuleSectionCard<T>({ section, draft, defaults, issues, onChange }: Props<T>) {
  return (
    <Card type="inner" size="small" title={section.title} style={{ marginBottom: 16 }}>
      {section.fields.map((field) => (
        <RuleFieldItem
          key={field.path}
          field={field}
          value={getAt(draft, field.path)}
          fallback={getAt(defaults, field.path)}
          issues={issues}
          onChange={(value) => onChange(setAt(draft, field.path, value))}
        />
      ))}
    </Card>
  );
}
