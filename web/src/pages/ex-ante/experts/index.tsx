import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, message, Radio, Select, Space, Switch, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  EXPERT_ORG_TYPE_LABELS,
  EXPERT_ORG_TYPES,
  type TExpert,
  type TExpertAccount,
  type TExpertSaved,
} from '../../../../../core/contracts/experts';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { showTemporaryPassword } from '../../../components/showTemporaryPassword';
import { fieldOptions, useFields } from '../shared';

type AccountMode = 'existing' | 'new' | 'none';

/**
 * 专家库: experts with fields and employer; the employer's org node drives conflict-of-interest checks. An expert
 * scores online through a linked login account: an unlinked expert account of the region, or one opened here.
 */
export default function ExpertPoolPage() {
  const { me } = useAuth();
  const fields = useFields();
  const [rows, setRows] = useState<TExpert[]>([]);
  const [fieldCode, setFieldCode] = useState<string>();
  const [q, setQ] = useState<string>();
  const [editing, setEditing] = useState<Partial<TExpert> | null>(null);
  const [orgs, setOrgs] = useState<{ id: number; name: string }[]>([]);
  const [accounts, setAccounts] = useState<TExpertAccount[]>([]);
  const [form] = Form.useForm();
  const accountMode = Form.useWatch<AccountMode | undefined>('accountMode', form);
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
    form.setFieldsValue({
      active: true,
      orgType: 'university',
      accountMode: e.id && !e.userId ? 'none' : e.id ? 'existing' : 'new',
      ...e,
    });
    void api.get<TExpertAccount[]>('/api/experts/accounts').then(setAccounts, () => undefined);
  };
  const accountOptions = [
    ...(editing?.userId ? [{ value: editing.userId, label: `${editing.username}（当前）` }] : []),
    ...accounts.map((a) => ({ value: a.id, label: `${a.username} · ${a.displayName} · ${a.orgName}` })),
  ];
  const save = async () => {
    const { accountMode: mode, newUsername, ...v } = await form.validateFields();
    const body = {
      ...v,
      title: v.title ?? '',
      phone: v.phone ?? '',
      orgId: v.orgId ?? null,
      userId: mode === 'existing' ? (v.userId ?? null) : null,
      newAccount: mode === 'new' ? { username: newUsername } : null,
    };
    const saved = editing?.id
      ? await api.put<TExpertSaved>(`/api/experts/${editing.id}`, { ...body, version: editing.version })
      : await api.post<TExpertSaved>('/api/experts', body);
    if (saved.account) showTemporaryPassword(saved.account.username, saved.account.temporaryPassword, '专家账号已开通');
    else message.success('已保存');
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
          {
            title: '系统账号',
            render: (_, e) => e.username ?? <Tag color="orange">未关联账号</Tag>,
          },
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
          <Form.Item name="accountMode" label="系统账号（专家凭账号登录、在线评分；未关联账号的专家不会被抽取）">
            <Radio.Group
              options={[
                { value: 'existing', label: '关联已有账号' },
                { value: 'new', label: '开通新账号' },
                { value: 'none', label: '暂不关联' },
              ]}
            />
          </Form.Item>
          {accountMode === 'existing' && (
            <Form.Item
              name="userId"
              label="专家账号"
              rules={[{ required: true, message: '请选择账号' }]}
              extra={accountOptions.length ? undefined : '本区域没有未关联的专家账号，可选择“开通新账号”'}
            >
              <Select showSearch optionFilterProp="label" options={accountOptions} data-testid="expert-account" />
            </Form.Item>
          )}
          {accountMode === 'new' && (
            <Form.Item
              name="newUsername"
              label="登录用户名"
              rules={[{ required: true, message: '请填写用户名' }]}
              extra="保存后系统生成临时密码（仅显示一次），专家首次登录须修改密码。"
            >
              <Input data-testid="expert-username" />
            </Form.Item>
          )}
          <Form.Item name="active" label="在库" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
