import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Modal, message, Select, Space, Switch, Table, Tabs, Tag } from 'antd';
import { type Key, useCallback, useEffect, useMemo, useState } from 'react';
import type { TOrgUnit } from '../../../../core/contracts/org';
import { ORG_KIND_LABELS } from '../../../../core/enums';
import { api, download } from '../../api/request';
import { useAuth } from '../../app/auth';
import { HistoryButton } from '../../components/HistoryDrawer';
import { ImportButton } from '../../components/ImportButton';
import { useBusy } from '../../components/useBusy';
import { FieldsTable } from '../fields/FieldsTable';
import { FiscalYears } from './FiscalYears';

type OrgRow = TOrgUnit & { children?: OrgRow[] };

/** Nests departments under the bureau and units under their department. */
function toTree(units: TOrgUnit[]): OrgRow[] {
  const byParent = new Map<number | null, TOrgUnit[]>();
  for (const u of units) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const build = (u: TOrgUnit): OrgRow => {
    const kids = (byParent.get(u.id) ?? []).map(build);
    return kids.length ? { ...u, children: kids } : { ...u };
  };
  const ids = new Set(units.map((u) => u.id));
  return units.filter((u) => u.parentId === null || !ids.has(u.parentId)).map(build);
}

function OrgTree() {
  const { me } = useAuth();
  const isAdmin = me?.role === 'admin';
  const [units, setUnits] = useState<TOrgUnit[]>([]);
  const [editing, setEditing] = useState<Partial<TOrgUnit> | null>(null);
  const [form] = Form.useForm();
  const load = useCallback(
    () => api.get<TOrgUnit[]>('/api/org/units', { includeInactive: true }).then(setUnits, () => undefined),
    [],
  );
  useEffect(() => void load(), [load]);
  const tree = useMemo(() => toTree(units), [units]);
  // The bureau opens on its departments once they have loaded (a default would apply to the empty first render).
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const departments = units.filter((u) => u.kind === 'department');

  const [busy, busyWith] = useBusy();
  const open = (u: Partial<TOrgUnit>) => {
    setEditing(u);
    // The form outlives the dialog: clear the previous unit's values before a new one is entered.
    form.resetFields();
    form.setFieldsValue({ kind: 'budgetUnit', sort: 0, active: true, shortName: '', ...u });
  };
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, parentId: v.kind === 'budgetUnit' ? v.parentId : null, shortName: v.shortName || null };
    if (editing?.id) await api.put(`/api/org/units/${editing.id}`, { ...body, version: editing.version });
    else await api.post('/api/org/units', body);
    message.success('已保存');
    setEditing(null);
    await load();
  };

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open({})}>
            新增机构
          </Button>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => download('/api/org/export')}>
          导出 Excel
        </Button>
        {isAdmin && (
          <ImportButton<{ created: number; updated: number }>
            url="/api/org/import"
            onDone={(r) => {
              message.success(`导入成功：新增 ${r.created}，更新 ${r.updated}`);
              void load();
            }}
          />
        )}
        <span style={{ color: '#888' }}>
          主管部门 {departments.length} 个，预算单位 {units.filter((u) => u.kind === 'budgetUnit').length} 个
        </span>
      </Space>
      <Table<OrgRow>
        rowKey="id"
        size="middle"
        dataSource={tree}
        pagination={false}
        expandable={{ expandedRowKeys: expanded ?? tree.map((t) => t.id), onExpandedRowsChange: setExpanded }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '编码', dataIndex: 'code', width: 120 },
          { title: '类型', dataIndex: 'kind', width: 120, render: (k: TOrgUnit['kind']) => ORG_KIND_LABELS[k] },
          {
            title: '状态',
            dataIndex: 'active',
            width: 90,
            render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          {
            title: '操作',
            width: 200,
            render: (_, r) => (
              <Space>
                {isAdmin && r.kind !== 'bureau' && <a onClick={() => open(r)}>编辑</a>}
                <HistoryButton entity="orgUnit" entityId={r.id} />
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.id ? '编辑机构' : '新增机构'}
        onOk={() => void busyWith('save', save).catch(() => undefined)}
        confirmLoading={busy === 'save'}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Select
              disabled={!!editing?.id}
              options={(['department', 'budgetUnit', 'external'] as const).map((k) => ({
                value: k,
                label: ORG_KIND_LABELS[k],
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'budgetUnit' && (
                <Form.Item name="parentId" label="所属主管部门" rules={[{ required: true, message: '请选择主管部门' }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={departments.map((d) => ({ value: d.id, label: d.name }))}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item
            name="code"
            label="编码"
            rules={[
              { required: true, message: '请输入编码' },
              { pattern: /^[0-9A-Za-z]{1,32}$/, message: '编码只能包含字母和数字' },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请输入名称' }, { max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label="简称">
            <Input />
          </Form.Item>
          <Form.Item name="sort" label="排序">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export default function OrgPage() {
  return (
    <Card title="机构与基础数据">
      <Tabs
        items={[
          { key: 'tree', label: '机构树', children: <OrgTree /> },
          { key: 'fields', label: '重点领域', children: <FieldsTable /> },
          { key: 'years', label: '财政年度', children: <FiscalYears /> },
        ]}
      />
    </Card>
  );
}
