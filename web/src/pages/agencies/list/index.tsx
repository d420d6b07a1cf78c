import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  AGENCY_STATUS_LABELS,
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  CREDIT_LEVELS,
} from '../../../../../core/contracts/agencies';
import type { TOrgUnit } from '../../../../../core/contracts/org';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { type Agency, STATUS_COLORS } from '../types';

/** 第三方机构库: registry with type, qualifications, staff, credit level, status and average quality score. */
export default function AgencyListPage() {
  const { me } = useAuth();
  const isFinance = me?.role === 'finance' || me?.role === 'admin';
  const [rows, setRows] = useState<Agency[]>([]);
  const [editing, setEditing] = useState<Partial<Agency> | null>(null);
  const [externals, setExternals] = useState<TOrgUnit[]>([]);
  const [form] = Form.useForm();
  const load = useCallback(() => api.get<Agency[]>('/api/agencies').then(setRows, () => undefined), []);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (editing) void api.get<TOrgUnit[]>('/api/org/units', { kind: 'external' }).then(setExternals, () => undefined);
  }, [editing]);
  const open = (a: Partial<Agency>) => {
    setEditing(a);
    form.setFieldsValue({ type: 'cpa', creditLevel: 'B', staffCount: 0, ...a });
  };
  const save = async () => {
    const v = await form.validateFields();
    if (editing?.id) await api.put(`/api/agencies/${editing.id}`, { ...v, version: editing.version });
    else await api.post('/api/agencies', v);
    setEditing(null);
    await load();
  };
  return (
    <Card
      title="第三方机构库"
      extra={
        isFinance && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open({})}>
            新增机构
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: '机构名称', dataIndex: 'name', render: (n: string, a) => <Link to={`/agencies/${a.id}`}>{n}</Link> },
          {
            title: '类型',
            dataIndex: 'type',
            width: 130,
            render: (t: keyof typeof AGENCY_TYPE_LABELS) => AGENCY_TYPE_LABELS[t],
          },
          { title: '从业人员', dataIndex: 'staffCount', width: 90 },
          {
            title: '信用等级',
            dataIndex: 'creditLevel',
            width: 90,
            render: (c: string) => <Tag color={c === 'A' ? 'green' : c === 'D' ? 'red' : 'default'}>{c}</Tag>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: keyof typeof AGENCY_STATUS_LABELS) => (
              <Tag color={STATUS_COLORS[s]}>{AGENCY_STATUS_LABELS[s]}</Tag>
            ),
          },
          { title: '承担评价', dataIndex: 'engagements', width: 90 },
          { title: '平均考评得分', dataIndex: 'averageScore', width: 120, render: (v: number | null) => v ?? '—' },
          ...(isFinance
            ? [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, a: Agency) => (
                    <Button type="link" size="small" onClick={() => open(a)}>
                      编辑
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing?.id ? '编辑机构' : '新增机构'}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={save}
        width={640}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="机构名称" rules={[{ required: true, message: '请填写机构名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="shortName" label="简称">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="type" label="类型" rules={[{ required: true }]}>
            <Select options={AGENCY_TYPES.map((t) => ({ value: t, label: AGENCY_TYPE_LABELS[t] }))} />
          </Form.Item>
          <Form.Item name="qualifications" label="资质情况">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="staffCount" label="从业人员（人）">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="creditLevel" label="信用等级">
            <Select options={CREDIT_LEVELS.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="contactPerson" label="联系人">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="contactPhone" label="联系电话">
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="orgId" label="登录机构节点" extra="机构用户归属该外部机构节点后，只能看到本机构受托的评价">
            <Select allowClear options={externals.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
