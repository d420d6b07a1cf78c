import { Tag } from 'antd';
import { FINDING_STATUS_LABELS } from '../../../../core/contracts/reviews';

const SEVERITY_COLORS: Record<string, string> = { P0: 'red', P1: 'orange', P2: 'blue' };
const STATUS_COLORS: Record<string, string> = { proposed: 'default', accepted: 'green', dropped: 'default' };

/** A finding's severity (P0 red, P1 orange, P2 blue), as the workpaper and the ledger show it. */
export function SeverityTag({ severity }: { severity: string }) {
  return <Tag color={SEVERITY_COLORS[severity]}>{severity}</Tag>;
}

/** A finding's status (待确认 / 已采纳 / 已剔除). */
export function FindingStatusTag({ status }: { status: string }) {
  return (
    <Tag color={STATUS_COLORS[status]}>
      {FINDING_STATUS_LABELS[status as keyof typeof FINDING_STATUS_LABELS] ?? status}
    </Tag>
  );
}
