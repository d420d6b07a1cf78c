import { Button, Descriptions, Drawer, Form, Input, Modal, message, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { TRAINING_MODE_LABELS, type TrainingMode } from '../../../../core/enums';
import { api, download } from '../../api/request';
import { Attachments } from '../../components/Attachments';
import { ImportButton } from '../../components/ImportButton';
import { useBusy } from '../../components/useBusy';
import type { TrainingDraft } from './TrainingForm';

interface Detail {
  id: number;
  title: string;
  mode: TrainingMode;
  topic: string;
  heldOn: string;
  location: string;
  audience: string;
  speaker: string;
  version: number;
  cancelledAt: string | null;
  cancelReason: string | null;
  units: { id: number; code: string; name: string }[];
  allowedActions: string[];
}

/** One session: facts, materials (attachments), attending units with sign-in sheet import/export, edit and cancel. */
export function TrainingDetail({
  id,
  onClose,
  onEdit,
  onChanged,
}: {
  id: number | null;
  onClose: () => void;
  onEdit: (draft: TrainingDraft) => void;
  onChanged: () => void;
}) {
  const [d, setD] = useState<Detail | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const load = useCallback(() => {
    if (id) api.get<Detail>(`/api/trainings/${id}`).then(setD, () => undefined);
  }, [id]);
  useEffect(() => {
    setD(null);
    load();
  }, [load]);
  const [busy, busyWith] = useBusy();
  const can = (a: string) => d?.allowedActions.includes(a) ?? false;
  const cancel = async () => {
    if (!d) return;
    const { reason } = await form.validateFields();
    await api.post(`/api/trainings/${d.id}/cancel`, { reason, version: d.version });
    message.success('已取消该场宣讲');
    setCancelling(false);
    load();
    onChanged();
  };
  return (
    <Drawer title={d?.title ?? '宣讲培训'} open={id !== null} onClose={onClose} width={720}>
      {d && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {d.cancelledAt && <Tag color="default">已取消：{d.cancelReason}</Tag>}
          <Space>
            {can('edit') && (
              <Button onClick={() => onEdit({ ...d, unitIds: d.units.map((u) => u.id) })} data-testid="training-edit">
                修改
              </Button>
            )}
            {can('cancel') && (
              <Button danger onClick={() => setCancelling(true)}>
                取消本场
              </Button>
            )}
          </Space>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="日期">{d.heldOn}</Descriptions.Item>
            <Descriptions.Item label="形式">{TRAINING_MODE_LABELS[d.mode] ?? d.mode}</Descriptions.Item>
            <Descriptions.Item label="对象">{d.audience || '—'}</Descriptions.Item>
            <Descriptions.Item label="主讲">{d.speaker || '—'}</Descriptions.Item>
            <Descriptions.Item label="地点" span={2}>
              {d.location || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="内容提要" span={2}>
              {d.topic || '—'}
            </Descriptions.Item>
          </Descriptions>
          <div>
            <h4>宣讲材料</h4>
            <Attachments ownerEntity="trainingSession" ownerId={d.id} canUpload={can('edit')} />
          </div>
          <Table
            size="small"
            rowKey="id"
            title={() => (
              <Space>
                <span>参训单位（{d.units.length} 个）</span>
                <Button size="small" onClick={() => download(`/api/trainings/${d.id}/attendance.xlsx`)}>
                  导出签到表
                </Button>
                {can('importAttendance') && (
                  <ImportButton<{ added: number }>
                    url={`/api/trainings/${d.id}/attendance/import`}
                    label="导入签到表"
                    onDone={(r) => {
                      message.success(`已登记 ${r.added} 个新增参训单位`);
                      load();
                      onChanged();
                    }}
                  />
                )}
              </Space>
            )}
            dataSource={d.units}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: '单位编码', dataIndex: 'code', width: 120 },
              { title: '单位名称', dataIndex: 'name' },
            ]}
          />
        </Space>
      )}
      <Modal
        title="取消宣讲培训"
        open={cancelling}
        onOk={() => busyWith('cancel', cancel)}
        confirmLoading={busy === 'cancel'}
        onCancel={() => setCancelling(false)}
        okText="确认取消"
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label="取消原因" rules={[{ required: true, message: '请填写取消原因' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
