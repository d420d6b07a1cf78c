import { CodeSelect } from './ListFilters';

/** The clearable 状态 filter of a workflow list (targets, self-evaluations, projects …): one look everywhere. */
export function StatusSelect<C extends string>({
  statuses,
  labels,
  value,
  onChange,
}: {
  statuses: readonly C[];
  labels: Record<C, string>;
  value?: string;
  onChange: (status: C | undefined) => void;
}) {
  return (
    <CodeSelect placeholder="状态" width={150} codes={statuses} labels={labels} value={value} onChange={onChange} />
  );
}
