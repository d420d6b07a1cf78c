import { Button, Card, DatePicker, Form, Input, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { AUDIT_ACTION_LABELS } from '../../../../core/enums';
import { api } from '../../api/request';
import { AuditChanges } from '../../components/AuditChanges';
import { dateTimeSeconds } from '../../components/format';
import { AUDIT_ENTITY_LABELS, auditEntityLabel } from './entity-labels';

interface AuditEvent {
  id: number;
  at: string;
  actorName: string | null;
  ip: string | null;
  entity: string;
  entityId: string;
  action: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

interface Filters {
  actor?: string;
  entity?: string;
  action?: string;
  range?: [Dayjs, Dayjs];
}

export default function AuditLog() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: AuditEvent[]; total: number }>({ items: [], total: 0 });
  const load = useCallback(() => {
    const { range, ...rest } = filters;
    api
      .get<{ items: AuditEvent[]; total: number }>('/api/audit', {
        ...rest,
        from: range?.[0].format('YYYY-MM-DD'),
        to: range?.[1].format('YYYY-MM-DD'),
        page,
        pageSize: 20,
      })
      .then(setData, () => undefined);
  }, [filters, page]);
  useEffect(load, [load]);
  return (
    <Card title="审计日志">
      <Form
        layout="inline"
        onFinish={(v: Filters) => {
          setFilters(v);
          setPage(1);
        }}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="actor" label="操作人">
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="entity" label="对象">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180 }}
            placeholder="全部对象"
            options={Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="action" label="动作">
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder="全部动作"
            options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="range" label="日期">
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      <Table<AuditEvent>
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={{
          current: page,
          total: data.total,
          pageSize: 20,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 条`,
        }}
        expandable={{
          expandedRowRender: (r) => <AuditChanges before={r.before} after={r.after} entity={r.entity} />,
          // Sign-ins and the like store no data: nothing to expand.
          rowExpandable: (r) => r.before != null || r.after != null,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: dateTimeSeconds },
          { title: '操作人', dataIndex: 'actorName', width: 120 },
          { title: 'IP', dataIndex: 'ip', width: 130 },
          { title: '动作', dataIndex: 'action', width: 100, render: (a: string) => AUDIT_ACTION_LABELS[a] ?? a },
          { title: '对象', dataIndex: 'entity', width: 140, render: auditEntityLabel },
          { title: '编号', dataIndex: 'entityId', width: 90 },
          { title: '理由', dataIndex: 'reason', ellipsis: true },
        ]}
      />
    </Card>
  );
}
