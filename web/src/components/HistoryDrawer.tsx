import { Button, Drawer, Timeline, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { AUDIT_ACTION_LABELS } from '../../../core/enums';
import { api } from '../api/request';
import { AuditChanges } from './AuditChanges';
import { auditChanges } from './audit-diff';
import { dateTimeSeconds } from './format';

export interface HistoryItem {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** One step of the history: its changed fields open on demand, as in the audit log. */
function HistoryChanges({ item, entity }: { item: HistoryItem; entity: string }) {
  const [open, setOpen] = useState(false);
  const n = auditChanges(item.before, item.after, entity).length;
  if (n === 0) return null;
  return (
    <div>
      <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setOpen((v) => !v)}>
        {open ? '收起变更' : `变更 ${n} 项`}
      </Button>
      {open && <AuditChanges before={item.before} after={item.after} entity={entity} />}
    </div>
  );
}

/**
 * The steps of a document's history (GET /api/audit/history): who did what, when and why, and what changed; `extra`
 * adds a line of the page's own under a step (e.g. a background job's error).
 */
export function HistoryTimeline({
  items,
  entity,
  extra,
}: {
  items: readonly HistoryItem[];
  entity: string;
  extra?: (item: HistoryItem) => ReactNode;
}) {
  return (
    <Timeline
      items={items.map((h) => ({
        key: h.id,
        children: (
          <div>
            <Typography.Text strong>{AUDIT_ACTION_LABELS[h.action] ?? h.action}</Typography.Text>
            <span style={{ marginLeft: 8 }}>{h.actorName ?? '系统'}</span>
            <div style={{ color: '#888' }}>{dateTimeSeconds(h.at)}</div>
            {h.reason && <div>理由：{h.reason}</div>}
            {extra?.(h)}
            <HistoryChanges item={h} entity={entity} />
          </div>
        ),
      }))}
    />
  );
}

/** The history tab of any document, in a drawer. */
export function HistoryButton({ entity, entityId }: { entity: string; entityId: number }) {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const open = () => api.get<HistoryItem[]>('/api/audit/history', { entity, entityId }).then(setItems, () => undefined);
  return (
    <>
      <Button onClick={open}>操作历史</Button>
      <Drawer title="操作历史" open={items !== null} onClose={() => setItems(null)} width={560}>
        <HistoryTimeline items={items ?? []} entity={entity} />
      </Drawer>
    </>
  );
}
