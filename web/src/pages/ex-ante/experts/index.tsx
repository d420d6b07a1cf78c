import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, message, Select, Space, Switch, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { EXPERT_ORG_TYPE_LABELS, EXPERT_ORG_TYPES, type TExpert } from '../../../../../core/contracts/experts';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { fieldOptions, useFields } from '../shared';

/** 专家库: experts with fields and employer; the employer's org node drives conflict-of-interest checks. */
export default function ExpertPoolPage() {
  const { me } = useAuth();
  const fields = useFields();
  const [rows, setRows] = useState<TExpert[]>([]);
  const [fieldCode, setFieldCode] = useState<string>();
  const [q, setQ] = useState<string>();
  const [editing, setEditing] = useState<Partial<TExpert> | null>(null);
  const [orgs, setOrgs] = useState<{ id: number; name: string }[]>([]);
  const [form] = Form.useForm();
  const load = useCallback(
    () => api.get<TExpert[]>('/api/experts', { fieldCode, q }).then(setRows, () => undefined),
    [fieldCode, q],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => void api.get<{ id: number; name: string }[]>('/api/org/units').then(setOrgs, () => undefined), []);
  const fieldName = (c: string) => fields.find((f) => f.code === c)?.name ?? c;
  const editable = me?.role === 'finance' || me?.role === 'admin';
  const open = (e: Partial<TExpert>) => {
    setEditing(e);
    form.resetFields();
    form.setFieldsValue({ active: true, orgType: 'university', ...e });
  };
  const save = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      title: v.title ?? '',
      phone: v.phone ?? '',
      orgId: v.orgId ?? null,
      userId: editing?.userId ?? null,
    };
    if (editing?.id) await api.put(`/api/experts/${editing.id}`, { ...body, version: editing.version });
    else await api.post('/api/experts', body);
    message.success('已保存');
    setEditing(null);
    await load();
  };
  return (
    <Card
      title="专家库"
      extra={
        editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open({})}>
            新增专家
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="专业领域"
          style={{ width: 160 }}
          value={fieldCode}
          onChange={setFieldCode}
          options={fieldOptions(fields)}
        />
        <Input.Search
          allowClear
          placeholder="姓名或工作单位"
          onSearch={(v) => setQ(v || undefined)}
          style={{ width: 220 }}
        />
      </Space>
      <Table<TExpert>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '职称', dataIndex: 'title' },
          { title: '工作单位', dataIndex: 'employer' },
          { title: '类别', render: (_, e) => EXPERT_ORG_TYPE_LABELS[e.orgType] },
          { title: '专业领域', render: (_, e) => e.fieldCodes.map((c) => <Tag key={c}>{fieldName(c)}</Tag>) },
          { title: '系统账号', render: (_, e) => e.username ?? <Tag>未开通</Tag> },
          { title: '状态', render: (_, e) => (e.active ? <Tag color="green">在库</Tag> : <Tag>停用</Tag>) },
          ...(editable
            ? [
                {
                  title: '操作',
                  render: (_: unknown, e: TExpert) => (
                    <Button type="link" onClick={() => open(e)}>
                      编辑
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing?.id ? '编辑专家' : '新增专家'}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={save}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label="职称 / 执业资格">
            <Input />
          </Form.Item>
          <Form.Item name="employer" label="工作单位" rules={[{ required: true, message: '请填写工作单位' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="orgType" label="类别">
            <Select options={EXPERT_ORG_TYPES.map((t) => ({ value: t, label: EXPERT_ORG_TYPE_LABELS[t] }))} />
          </Form.Item>
          <Form.Item name="orgId" label="系统内所属机构（用于回避检查）">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <Form.Item name="fieldCodes" label="专业领域" rules={[{ required: true, message: '至少选择一个领域' }]}>
            <Select mode="multiple" options={fieldOptions(fields)} />
          </Form.Item>
          <Form.Item name="phone" label="手机号">
            <Input />
          </Form.Item>
          <Form.Item name="active" label="在库" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
