import { Tag } from 'antd';
import { Link } from 'react-router';
import { ENTRY_STATUS_LABELS, type EntryStatus } from '../../../../../core/contracts/monitoring';
import { type WarningColor, warningColorLabels } from '../../../../../core/rules/monitoring/types';

/** A row of the entries / warnings lists as the API returns it. */
export interface EntryRow {
  id: number;
  roundId: number;
  projectId: number;
  projectCode: string;
  projectName: string;
  keyProject: boolean;
  unitId: number;
  unitName: string;
  departmentId: number;
  departmentName: string;
  annualBudget: number;
  adjustedBudget: number;
  projectAdjustedAmount: number | null;
  fundsReceived: number | null;
  paid: number | null;
  status: EntryStatus;
  filledAt: string | null;
  returnComment: string | null;
  executionColor: WarningColor | null;
  executionV: number | null;
  indicatorColor: WarningColor | null;
  warningColor: WarningColor | null;
  version: number;
}

export interface Round {
  id: number;
  year: number;
  name: string;
  month: number;
  deadline: string;
  status: 'open' | 'closed';
  periodKind: 'quarter' | 'months';
  period: number;
}

const TAG_COLORS: Record<WarningColor, string> = { red: 'red', yellow: 'gold', green: 'green', blue: 'blue' };

/** 红/黄/绿/蓝 tag of a warning level; “未填报” when not judged yet. */
export function WarningTag({ color, short }: { color: WarningColor | null; short?: boolean }) {
  if (!color) return <Tag>未填报</Tag>;
  const label = warningColorLabels[color];
  return (
    <Tag color={TAG_COLORS[color]} data-warning={color}>
      {short ? label.slice(0, 2) : label}
    </Tag>
  );
}

const STATUS_COLORS: Record<EntryStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  departmentApproved: 'cyan',
  approved: 'success',
  returned: 'error',
};

export function StatusTag({ status }: { status: EntryStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{ENTRY_STATUS_LABELS[status]}</Tag>;
}

/** 执行率 of a row as "xx.xx%". */
export function rateOf(paid: number | null, budget: number) {
  if (paid === null || budget <= 0) return '—';
  return `${(Math.round((paid * 10000) / budget) / 100).toFixed(2)}%`;
}

/** The 项目 column of rows that belong to a monitoring entry: the project name links to the entry. */
export function entryProjectColumn<T extends { entryId: number; projectName: string }>() {
  return {
    title: '项目',
    dataIndex: 'projectName',
    render: (v: string, r: T) => <Link to={`/monitoring/entries/${r.entryId}`}>{v}</Link>,
  };
}
