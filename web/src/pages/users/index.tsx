import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, message, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TOrgUnit } from '../../../../core/contracts/org';
import type { TUser } from '../../../../core/contracts/users';
import { ROLE_LABELS, ROLES } from '../../../../core/enums';
import { api, download } from '../../api/request';
import { HistoryButton } from '../../components/HistoryDrawer';
import { ImportButton } from '../../components/ImportButton';
import { showTemporaryPassword } from '../../components/showTemporaryPassword';
import { useBusy } from '../../components/useBusy';

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export default function UsersPage() {
  const [query, setQuery] = useState<{ q?: string; role?: string }>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: TUser[]; total: number }>({ items: [], total: 0 });
  const [orgs, setOrgs] = useState<TOrgUnit[]>([]);
  const [editing, setEditing] = useState<Partial<TUser> | null>(null);
  const [form] = Form.useForm();
  const load = useCallback(
    () => api.get<typeof data>('/api/users', { ...query, page, pageSize: 20 }).then(setData, () => undefined),
    [query, page],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => void api.get<TOrgUnit[]>('/api/org/units').then(setOrgs, () => undefined), []);

  const [busy, busyWith] = useBusy();
  const open = (u: Partial<TUser>) => {
    setEditing(u);
    // The form outlives the dialog: clear the previous user's values before a new one is entered.
    form.resetFields();
    form.setFieldsValue({ status: 'active', ...u });
  };
  const save = async () => {
    const v = await form.validateFields();
    if (editing?.id) {
      await api.put(`/api/users/${editing.id}`, {
        displayName: v.displayName,
        role: v.role,
        orgId: v.orgId,
        phone: v.phone || null,
        status: v.status,
        version: editing.version,
      });
      message.success('已保存');
    } else {
      const r = await api.post<{ username: string; temporaryPassword: string }>('/api/users', {
        ...v,
        phone: v.phone || null,
      });
      showTemporaryPassword(r.username, r.temporaryPassword);
    }
    setEditing(null);
    await load();
  };
  const reset = (u: TUser) =>
    Modal.confirm({
      title: `重置 ${u.displayName} 的密码？`,
      content: '将生成新的临时密码并解除锁定，该用户的登录会话全部失效。',
      onOk: async () => {
        const r = await api.post<{ username: string; temporaryPassword: string }>(`/api/users/${u.id}/reset-password`);
        showTemporaryPassword(r.username, r.temporaryPassword);
      },
    });

  return (
    <Card title="用户管理">
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          placeholder="用户名或姓名"
          allowClear
          onSearch={(q) => {
            setQuery({ ...query, q });
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        <Select
          placeholder="角色"
          allowClear
          options={roleOptions}
          style={{ width: 140 }}
          onChange={(role) => {
            setQuery({ ...query, role });
            setPage(1);
          }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open({})}>
          新增用户
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => download('/api/users/export')}>
          导出 Excel
        </Button>
        <ImportButton<{ created: number; accounts: { username: string; temporaryPassword: string }[] }>
          url="/api/users/import"
          onDone={(r) => {
            Modal.success({
              title: `导入成功：新增 ${r.created} 个账号`,
              width: 560,
              content: (
                <Table
                  size="small"
                  rowKey="username"
                  pagination={false}
                  dataSource={r.accounts}
                  columns={[
                    { title: '用户名', dataIndex: 'username' },
                    { title: '临时密码', dataIndex: 'temporaryPassword' },
                  ]}
                />
              ),
            });
            void load();
          }}
        />
      </Space>
      <Table<TUser>
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={{
          current: page,
          total: data.total,
          pageSize: 20,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 个账号`,
        }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 140 },
          { title: '姓名', dataIndex: 'displayName', width: 160 },
          { title: '角色', dataIndex: 'role', width: 110, render: (r: TUser['role']) => ROLE_LABELS[r] },
          { title: '所属机构', dataIndex: 'orgName', ellipsis: true },
          {
            title: '状态',
            width: 150,
            render: (_, u) => (
              <Space size={4}>
                {u.status === 'active' ? <Tag color="green">正常</Tag> : <Tag>停用</Tag>}
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() && <Tag color="red">已锁定</Tag>}
                {u.mustChangePassword && <Tag color="orange">待改密</Tag>}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 230,
            render: (_, u) => (
              <Space>
                <a onClick={() => open(u)}>编辑</a>
                <a onClick={() => reset(u)}>重置密码</a>
                <HistoryButton entity="user" entityId={u.id} />
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.id ? '编辑用户' : '新增用户'}
        onOk={() => void busyWith('save', save).catch(() => undefined)}
        confirmLoading={busy === 'save'}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="username"
            label="用户名"
            rules={[
              { required: true, message: '请输入用户名' },
              { pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,39}$/, message: '须以字母开头，3–40 位' },
            ]}
          >
            <Input disabled={!!editing?.id} />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item name="orgId" label="所属机构" rules={[{ required: true, message: '请选择所属机构' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }))}
            />
          </Form.Item>
          <Form.Item name="phone" label="手机号">
            <Input />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select
              options={[
                { value: 'active', label: '正常' },
                { value: 'disabled', label: '停用' },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
