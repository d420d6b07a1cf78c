import { Alert, Button, Input, Modal, message, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/request';
import { dateOf } from '../../../components/format';
import type { BatchDetail, SampleRow } from './types';

/** 办结 / 重新打开 buttons of a batch, shown only when allowedActions permit. */
export function BatchCloseButtons({ batch, onDone }: { batch: BatchDetail; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [reopening, setReopening] = useState(false);
  const can = (a: string) => batch.allowedActions.includes(a);
  const close = async () => {
    await api.post(`/api/reviews/batches/${batch.id}/close`);
    message.success('复核批次已办结');
    onDone();
  };
  const reopen = async () => {
    await api.post(`/api/reviews/batches/${batch.id}/reopen`, { reason });
    setReopening(false);
    setReason('');
    message.success('复核批次已重新打开');
    onDone();
  };
  return (
    <>
      {can('close') ? (
        <Popconfirm title="办结后样本和复核意见将锁定，确定办结该批次？" onConfirm={close}>
          <Button type="primary">办结</Button>
        </Popconfirm>
      ) : null}
      {can('reopen') ? <Button onClick={() => setReopening(true)}>重新打开</Button> : null}
      <Modal
        title="重新打开复核批次"
        open={reopening}
        okText="重新打开"
        okButtonProps={{ disabled: reason.trim() === '' }}
        onOk={reopen}
        onCancel={() => setReopening(false)}
      >
        <Input.TextArea
          aria-label="重新打开理由"
          placeholder="请说明重新打开的理由"
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

/** Closed batch: when and that the figures above are frozen; open after a reopen: why it was reopened. */
export function BatchCloseNotice({ batch }: { batch: BatchDetail }) {
  if (batch.status === 'closed')
    return (
      <Alert
        type="success"
        showIcon
        message={`该批次已于 ${dateOf(batch.closedAt)} 办结，统计数已按办结时的数据固定，样本和复核意见不能再修改。`}
      />
    );
  if (batch.reopenReason) return <Alert type="warning" showIcon message={`已重新打开：${batch.reopenReason}`} />;
  return null;
}

const isPassable = (r: SampleRow) => (r.status === 'pending' || r.status === 'resubmitted') && r.proposedCount === 0;

/** 批量通过 of the selected samples; enabled only when every selected sample has no open findings. */
export function BulkPassButton(props: {
  batchId: number;
  samples: SampleRow[];
  selected: number[];
  onDone: () => void;
}) {
  const rows = props.samples.filter((r) => props.selected.includes(r.id));
  const ready = rows.length > 0 && rows.every(isPassable);
  const pass = async () => {
    const res = await api.post<{ passed: number }>(`/api/reviews/batches/${props.batchId}/pass`, {
      sampleIds: rows.map((r) => r.id),
    });
    message.success(`已通过 ${res.passed} 个项目`);
    props.onDone();
  };
  return (
    <Space>
      {rows.length && !ready ? <span style={{ color: '#999' }}>所选项目须无待确认发现且处于待复核状态</span> : null}
      <Popconfirm title={`确定通过所选 ${rows.length} 个项目的自评？`} onConfirm={pass} disabled={!ready}>
        <Button disabled={!ready}>批量通过</Button>
      </Popconfirm>
    </Space>
  );
}
