import { Button, Card, Form, Input, Modal, message, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { PAYMENT_HOLD_STATUS_LABELS, type PaymentHoldStatus } from '../../../../../core/contracts/monitoring';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { dateTime } from '../../../components/format';
import { entryProjectColumn } from '../components/shared';

interface Hold {
  id: number;
  entryId: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  departmentName: string;
  status: PaymentHoldStatus;
  reason: string;
  suspendedByName: string | null;
  createdAt: string;
  liftReason: string | null;
  liftedByName: string | null;
  liftedAt: string | null;
  version: number;
}

/** 暂停拨款项目: holds set by suspendPayments disposals; finance lifts one (恢复拨款) with a reason. */
export function PaymentHolds({ year }: { year: number }) {
  const { me } = useAuth();
  const [status, setStatus] = useState<PaymentHoldStatus | undefined>('suspended');
  const [rows, setRows] = useState<Hold[]>([]);
  const [lifting, setLifting] = useState<Hold | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const load = useCallback(async () => {
    setRows(await api.get<Hold[]>('/api/monitoring/payment-holds', { year, status }));
  }, [year, status]);
  useEffect(() => {
    void load();
  }, [load]);
  const lift = async () => {
    if (!lifting) return;
    const { reason } = await form.validateFields();
    await api.post(`/api/monitoring/payment-holds/${lifting.id}/lift`, { reason, version: lifting.version });
    message.success('已恢复拨款');
    setLifting(null);
    form.resetFields();
    await load();
  };
  return (
    <Card
      title="暂停拨款项目"
      size="small"
      extra={
        <Select
          allowClear
          value={status}
          placeholder="状态"
          style={{ width: 140 }}
          onChange={setStatus}
          aria-label="暂停拨款状态"
          options={Object.entries(PAYMENT_HOLD_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
      }
    >
      <Table<Hold>
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={[
          entryProjectColumn<Hold>(),
          { title: '预算单位', dataIndex: 'unitName' },
          { title: '主管部门', dataIndex: 'departmentName' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: PaymentHoldStatus) => (
              <Tag color={s === 'suspended' ? 'red' : 'green'}>{PAYMENT_HOLD_STATUS_LABELS[s]}</Tag>
            ),
          },
          { title: '暂停理由', dataIndex: 'reason', ellipsis: true },
          { title: '暂停时间', dataIndex: 'createdAt', render: dateTime },
          { title: '恢复理由', dataIndex: 'liftReason', ellipsis: true, render: (v: string | null) => v ?? '—' },
          {
            title: '操作',
            key: 'op',
            render: (_, r) =>
              r.status === 'suspended' && me?.role === 'finance' ? (
                <Button size="small" onClick={() => setLifting(r)}>
                  恢复拨款
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        title={`恢复拨款：${lifting?.projectName ?? ''}`}
        open={lifting !== null}
        onOk={lift}
        onCancel={() => setLifting(null)}
        okText="确认恢复"
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label="恢复理由" rules={[{ required: true, message: '请填写恢复理由' }]}>
            <Input.TextArea rows={3} maxLength={500} aria-label="恢复理由" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
