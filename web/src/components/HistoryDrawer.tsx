import { Button, Drawer, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { AUDIT_ACTION_LABELS } from '../../../core/enums';
import { api } from '../api/request';
import { dateTimeSeconds } from './format';

interface HistoryItem {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  reason: string | null;
}

/** The history tab of any document: who did what, when and why. */
export function HistoryButton({ entity, entityId }: { entity: string; entityId: number }) {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const open = () => api.get<HistoryItem[]>('/api/audit/history', { entity, entityId }).then(setItems, () => undefined);
  return (
    <>
      <Button onClick={open}>操作历史</Button>
      <Drawer title="操作历史" open={items !== null} onClose={() => setItems(null)} width={480}>
        <Timeline
          items={(items ?? []).map((h) => ({
            children: (
              <div>
                <Typography.Text strong>{AUDIT_ACTION_LABELS[h.action] ?? h.action}</Typography.Text>
                <span style={{ marginLeft: 8 }}>{h.actorName ?? '系统'}</span>
                <div style={{ color: '#888' }}>{dateTimeSeconds(h.at)}</div>
                {h.reason && <div>理由：{h.reason}</div>}
              </div>
            ),
          }))}
        />
      </Drawer>
    </>
  );
}
