import { Button, Card, Form, Input, Modal, message, Space, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TMilestone, TOverdueUnit } from '../../../../core/contracts/work-calendar';
import { LOOP_STAGE_LABELS, type LoopStage, ROLE_LABELS, type Role } from '../../../../core/enums';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { YearSelect } from '../../components/ListFilters';
import { useBusy } from '../../components/useBusy';
import { useYearParam } from '../../components/useFiscalYears';
import { MilestoneForm } from './MilestoneForm';

export default function WorkCalendarPage() {
  const [year, setYear] = useYearParam('work');
  const [rows, setRows] = useState<(TMilestone & { mine?: boolean })[]>([]);
  const [overdue, setOverdue] = useState<TOverdueUnit[]>([]);
  const [editing, setEditing] = useState<Partial<TMilestone> | null>(null);
  const [cancelling, setCancelling] = useState<TMilestone | null>(null);
  const [cancelForm] = Form.useForm<{ reason: string }>();
  const { me } = useAuth();
  const isFinance = me?.role === 'finance' || me?.role === 'admin';
  const [busy, busyWith] = useBusy();
  const load = useCallback(() => {
    api.get<typeof rows>('/api/work-calendar', { year }).then(setRows, () => undefined);
    if (me?.role !== 'unit')
      api.get<TOverdueUnit[]>('/api/work-calendar/overdue', { year }).then(setOverdue, () => undefined);
  }, [year, me]);
  useEffect(() => void load(), [load]);
  // A link cannot show loading: a second click while the first request runs is ignored.
  const act = (url: string, ok: string) =>
    busy
      ? undefined
      : busyWith(url, async () => {
          const r = await api.post<{ reminded?: number }>(url);
          message.success(r.reminded !== undefined ? `已向 ${r.reminded} 个单位发送待办提醒` : ok);
          load();
        });
  const cancel = async () => {
    if (!cancelling) return;
    const { reason } = await cancelForm.validateFields();
    await api.post(`/api/work-calendar/${cancelling.id}/cancel`, { reason, version: cancelling.version });
    message.success('已取消该工作节点');
    setCancelling(null);
    load();
  };
  const timeline = (
    <Table
      rowKey="id"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '环节', dataIndex: 'stage', width: 110, render: (s: LoopStage) => LOOP_STAGE_LABELS[s] ?? s },
        { title: '工作事项', dataIndex: 'title' },
        { title: '起止时间', width: 210, render: (_, r) => `${r.startOn} 至 ${r.dueOn}` },
        { title: '责任主体', dataIndex: 'responsibleRole', width: 110, render: (r: Role) => ROLE_LABELS[r] ?? r },
        {
          title: '状态',
          width: 130,
          render: (_, r) =>
            r.cancelledAt ? (
              <Tag title={r.cancelReason ?? ''}>已取消</Tag>
            ) : r.mine ? (
              r.done ? (
                <Tag color="green">已完成</Tag>
              ) : r.overdue ? (
                <Tag color="red">已逾期</Tag>
              ) : (
                <Tag color="blue">待完成</Tag>
              )
            ) : r.remindedAt ? (
              <Tag>已提醒</Tag>
            ) : r.remindDue ? (
              <Tag color="orange">应发送提醒</Tag>
            ) : null,
        },
        {
          title: '操作',
          width: 200,
          render: (_, r) =>
            r.cancelledAt ? null : isFinance ? (
              <Space>
                <a onClick={() => setEditing(r)}>修改</a>
                <a
                  onClick={() => {
                    cancelForm.resetFields();
                    setCancelling(r);
                  }}
                >
                  取消
                </a>
                {(r.responsibleRole === 'unit' || r.responsibleRole === 'department') && (
                  <a onClick={() => act(`/api/work-calendar/${r.id}/remind`, '')}>发送提醒</a>
                )}
              </Space>
            ) : r.mine && !r.done ? (
              <a onClick={() => act(`/api/work-calendar/${r.id}/complete`, '已标记完成')}>标记完成</a>
            ) : null,
        },
      ]}
    />
  );
  const overdueTab = (
    <Table
      rowKey="unitId"
      dataSource={overdue}
      columns={[
        { title: '单位编码', dataIndex: 'unitCode', width: 110 },
        { title: '预算单位', dataIndex: 'unitName', width: 260 },
        {
          title: '逾期事项',
          render: (_, u) =>
            u.overdue.map((o) => (
              <Tag color="red" key={o.milestoneId}>
                {o.title}（{o.dueOn}）
              </Tag>
            )),
        },
      ]}
    />
  );
  return (
    <Card
      title="年度工作日历"
      extra={
        <Space>
          <YearSelect value={year} suffix="年" onChange={setYear} />
          {isFinance && (
            <Button type="primary" onClick={() => setEditing({})}>
              新增节点
            </Button>
          )}
        </Space>
      }
    >
      <Tabs
        items={[
          { key: 't', label: '工作节点', children: timeline },
          ...(me?.role !== 'unit' ? [{ key: 'o', label: `逾期单位（${overdue.length}）`, children: overdueTab }] : []),
        ]}
      />
      <MilestoneForm
        year={year}
        editing={editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) load();
        }}
      />
      <Modal
        title="取消工作节点"
        open={!!cancelling}
        onOk={() => busyWith('cancel', cancel)}
        confirmLoading={busy === 'cancel'}
        onCancel={() => setCancelling(null)}
        okText="确认取消"
      >
        <Form form={cancelForm} layout="vertical">
          <Form.Item name="reason" label="取消原因" rules={[{ required: true, message: '请填写取消原因' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
