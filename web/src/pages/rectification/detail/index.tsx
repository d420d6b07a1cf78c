import { Alert, Button, Card, Descriptions, Input, Modal, message, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  RECTIFICATION_ACTION_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  type RectificationAction,
  type RectificationSource,
  type TRectificationDetail,
} from '../../../../../core/contracts/rectification';
import { api } from '../../../api/request';
import { Attachments } from '../../../components/Attachments';
import { DetailState } from '../../../components/DetailState';
import { dateTime } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useDetail } from '../../../components/useDetail';
import { SeverityTag, StatusTag, sourcePath } from '../components/labels';

const prompts: Record<RectificationAction, { title: string; field: string; required: boolean }> = {
  progress: { title: '记录整改进展', field: '进展情况', required: true },
  submit: { title: '提交销号申请', field: '整改完成情况说明', required: false },
  close: { title: '审核销号', field: '审核意见', required: false },
  return: { title: '退回重新整改', field: '退回原因', required: true },
};

/** One rectification item: what to fix by when, progress, evidence, and the buttons the user may press. */
export default function RectificationDetailPage() {
  const id = Number(useParams().id);
  const { data: item, failure, reload: load } = useDetail<TRectificationDetail>(`/api/rectifications/${id}`);
  const [acting, setActing] = useState<RectificationAction | null>(null);
  const [note, setNote] = useState('');
  const [running, setRunning] = useState(false);
  if (!item) return <DetailState failure={failure} listPath="/rectification/items" onRetry={load} />;
  const run = async () => {
    if (!acting) return;
    const p = prompts[acting];
    if (p.required && !note.trim()) {
      message.warning(`请填写${p.field}`);
      return;
    }
    const body =
      acting === 'return'
        ? { reason: note, version: item.version }
        : { note: note || undefined, version: item.version };
    setRunning(true);
    try {
      await api.post(`/api/rectifications/${id}/${acting}`, body);
      await load();
    } finally {
      setRunning(false);
    }
    message.success(`${RECTIFICATION_ACTION_LABELS[acting]}成功`);
    close();
  };
  // Cancelling forgets the text, so a return reason typed and abandoned does not reappear as a 销号 opinion.
  const close = () => {
    setActing(null);
    setNote('');
  };
  // Finance never uploads evidence, so the count on screen is the one the server will check.
  const closeBlocked = acting === 'close' && item.evidenceCount === 0;
  const src = sourcePath(item.sourceEntity, item.sourceId);
  // The server decides who may upload evidence (the unit or its department, while the item is worked on).
  const canUpload = item.allowedActions.includes('attachEvidence');
  const moves = item.allowedActions.filter((a): a is RectificationAction => a !== 'attachEvidence');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            整改事项 #{item.id}
            <StatusTag status={item.status} overdue={item.overdue} />
          </Space>
        }
        extra={
          <Space>
            {moves.map((a) => (
              <Button
                key={a}
                type={a === 'close' || a === 'submit' ? 'primary' : 'default'}
                danger={a === 'return'}
                onClick={() => setActing(a)}
              >
                {RECTIFICATION_ACTION_LABELS[a]}
              </Button>
            ))}
            <HistoryButton entity="rectification" entityId={item.id} />
          </Space>
        }
      >
        <Descriptions column={3} bordered size="small">
          <Descriptions.Item label="整改来源">
            {RECTIFICATION_SOURCE_LABELS[item.source as RectificationSource]}
            {src && (
              <Link to={src} style={{ marginLeft: 8 }}>
                查看来源
              </Link>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="整改单位">{item.unitName}</Descriptions.Item>
          <Descriptions.Item label="主管部门">{item.departmentName}</Descriptions.Item>
          <Descriptions.Item label="关联项目">{item.projectName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="严重程度">
            <SeverityTag severity={item.severity} />
          </Descriptions.Item>
          <Descriptions.Item label="整改期限">
            <Typography.Text type={item.overdue ? 'danger' : undefined}>
              {item.deadline}
              {item.overdue ? '（已逾期）' : ''}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="问题描述" span={3}>
            {item.problem}
          </Descriptions.Item>
          <Descriptions.Item label="整改要求" span={3}>
            {item.requirement}
          </Descriptions.Item>
          <Descriptions.Item label="责任人">{item.responsiblePerson ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="下发时间">{dateTime(item.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="销号时间">{dateTime(item.closedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title="整改佐证材料"
        extra={<Typography.Text type="secondary">提交销号申请和销号均须至少一份佐证材料</Typography.Text>}
      >
        <Attachments ownerEntity="rectification" ownerId={item.id} slot="evidence" canUpload={canUpload} />
      </Card>
      <Card title="整改进展">
        <Timeline
          items={item.events.map((e) => ({
            color: e.action === 'close' ? 'green' : e.action === 'return' ? 'red' : 'blue',
            children: (
              <>
                <b>{RECTIFICATION_ACTION_LABELS[e.action as RectificationAction] ?? e.action}</b> · {e.actorName ?? '—'}{' '}
                · {dateTime(e.at)}
                {e.note && <div style={{ color: '#555' }}>{e.note}</div>}
              </>
            ),
          }))}
        />
      </Card>
      <Modal
        open={acting !== null}
        title={acting ? prompts[acting].title : ''}
        onOk={run}
        onCancel={close}
        okText="确定"
        confirmLoading={running}
        okButtonProps={{ disabled: closeBlocked }}
      >
        {acting && (
          <>
            {closeBlocked && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                message="该整改事项尚无佐证材料，不能销号"
                description="请退回整改单位补充佐证材料后重新提交销号申请。"
              />
            )}
            <div style={{ marginBottom: 8 }}>
              {prompts[acting].field}
              {prompts[acting].required ? '（必填）' : ''}
            </div>
            <Input.TextArea
              aria-label={prompts[acting].field}
              rows={4}
              value={note}
              maxLength={1000}
              onChange={(e) => setNote(e.target.value)}
            />
          </>
        )}
      </Modal>
    </Space>
  );
}
