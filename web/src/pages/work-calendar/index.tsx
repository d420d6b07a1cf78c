import { Button, Card, Form, Input, Modal, message, Select, Space, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CALENDAR_RESPONSIBLE, type TMilestone, type TOverdueUnit } from '../../../../core/contracts/work-calendar';
import { LOOP_STAGE_LABELS, LOOP_STAGES, type LoopStage, ROLE_LABELS, type Role } from '../../../../core/enums';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';

const YEARS = [2024, 2025, 2026].map((y) => ({ value: y, label: `${y}年` }));

export default function WorkCalendarPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? 2025);
  const [rows, setRows] = useState<(TMilestone & { mine?: boolean })[]>([]);
  const [overdue, setOverdue] = useState<TOverdueUnit[]>([]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { me } = useAuth();
  const isFinance = me?.role === 'finance' || me?.role === 'admin';
  const load = useCallback(() => {
    api.get<typeof rows>('/api/work-calendar', { year }).then(setRows, () => undefined);
    if (me?.role !== 'unit')
      api.get<TOverdueUnit[]>('/api/work-calendar/overdue', { year }).then(setOverdue, () => undefined);
  }, [year, me]);
  useEffect(() => void load(), [load]);
  const act = async (url: string, ok: string) => {
    const r = await api.post<{ reminded?: number }>(url);
    message.success(r.reminded !== undefined ? `已向 ${r.reminded} 个单位发送待办提醒` : ok);
    load();
  };
  const save = async () => {
    const v = await form.validateFields();
    await api.post('/api/work-calendar', { ...v, year });
    setOpen(false);
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
          width: 110,
          render: (_, r) =>
            r.mine ? (
              r.done ? (
                <Tag color="green">已完成</Tag>
              ) : r.overdue ? (
                <Tag color="red">已逾期</Tag>
              ) : (
                <Tag color="blue">待完成</Tag>
              )
            ) : r.remindedAt ? (
              <Tag>已提醒</Tag>
            ) : null,
        },
        {
          title: '操作',
          width: 120,
          render: (_, r) =>
            isFinance && (r.responsibleRole === 'unit' || r.responsibleRole === 'department') ? (
              <a onClick={() => act(`/api/work-calendar/${r.id}/remind`, '')}>发送提醒</a>
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
          <Select
            value={year}
            options={YEARS}
            style={{ width: 110 }}
            onChange={(y) => setParams({ year: String(y) })}
          />
          {isFinance && (
            <Button
              type="primary"
              onClick={() => {
                form.resetFields();
                setOpen(true);
              }}
            >
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
      <Modal title="新增工作节点" open={open} onOk={save} onCancel={() => setOpen(false)} okText="保存">
        <Form form={form} layout="vertical">
          <Form.Item name="stage" label="环节" rules={[{ required: true, message: '请选择环节' }]}>
            <Select options={LOOP_STAGES.map((s) => ({ value: s, label: LOOP_STAGE_LABELS[s] }))} />
          </Form.Item>
          <Form.Item name="title" label="工作事项" rules={[{ required: true, message: '请填写' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="startOn"
            label="开始日期（YYYY-MM-DD）"
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label="截止日期（YYYY-MM-DD）"
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="responsibleRole" label="责任主体" rules={[{ required: true, message: '请选择' }]}>
            <Select options={CALENDAR_RESPONSIBLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
          </Form.Item>
          <Form.Item name="description" label="说明">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
