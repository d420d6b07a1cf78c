import { Tag } from 'antd';
import {
  RECTIFICATION_STATUS_LABELS,
  type RectificationStatus,
  SEVERITY_LABELS,
  type Severity,
} from '../../../../../core/contracts/rectification';

const statusColor: Record<RectificationStatus, string> = {
  issued: 'blue',
  inProgress: 'processing',
  submitted: 'gold',
  closed: 'green',
  returned: 'red',
};

export function StatusTag({ status, overdue }: { status: string; overdue?: boolean }) {
  const s = status as RectificationStatus;
  return (
    <>
      <Tag color={statusColor[s]}>{RECTIFICATION_STATUS_LABELS[s] ?? status}</Tag>
      {overdue && <Tag color="error">逾期</Tag>}
    </>
  );
}

export function SeverityTag({ severity }: { severity: string }) {
  const color = severity === 'high' ? 'red' : severity === 'medium' ? 'orange' : 'default';
  return <Tag color={color}>{SEVERITY_LABELS[severity as Severity] ?? severity}</Tag>;
}

/** Web path of the document that raised an item, when its module has a page for it. */
export function sourcePath(entity: string | null, id: number | null): string | null {
  if (!entity || !id) return null;
  const paths: Record<string, string> = {
    keyEvaluation: `/key-evaluations/${id}`,
    selfEvaluation: `/evaluation/self-evaluations/${id}`,
    reviewSample: `/evaluation/reviews/samples/${id}`,
    exAnteAssessment: `/ex-ante/assessments/${id}`,
    monitoringEntry: `/monitoring/entries/${id}`,
    project: `/projects/${id}`,
  };
  return paths[entity] ?? null;
}
