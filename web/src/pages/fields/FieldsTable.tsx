import { Form, Input, InputNumber, Modal, message, Switch, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TField } from '../../../../core/contracts/org';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';

/** The key fields (重点领域, reference data): everyone reads; the admin edits name, keywords, sort and enabled. */
export function FieldsTable() {
  const [fields, setFields] = useState<TField[]>([]);
  const [editing, setEditing] = useState<TField | null>(null);
  const [form] = Form.useForm<TField>();
  const { me } = useAuth();
  const isAdmin = me?.role === 'admin';
  const load = useCallback(() => void api.get<TField[]>('/api/org/fields').then(setFields, () => undefined), []);
  useEffect(load, [load]);
  useEffect(() => {
    if (editing) form.setFieldsValue(editing);
  }, [editing, form]);
  const save = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    await api.put(`/api/org/fields/${editing.id}`, {
      code: editing.code,
      name: v.name,
      keywords: v.keywords,
      sort: v.sort,
      active: v.active,
    });
    message.success('已保存（已记入审计日志）');
    setEditing(null);
    load();
  };
  return (
    <>
      <Table<TField>
        rowKey="id"
        size="middle"
        dataSource={fields}
        pagination={false}
        columns={[
          { title: '排序', dataIndex: 'sort', width: 70 },
          { title: '重点领域', dataIndex: 'name', width: 180 },
          { title: '编码', dataIndex: 'code', width: 160 },
          { title: '关键词（用于指标相关性判断）', dataIndex: 'keywords', ellipsis: true },
          {
            title: '状态',
            dataIndex: 'active',
            width: 80,
            render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          ...(isAdmin
            ? [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, f: TField) => (
                    <a data-testid={`field-edit-${f.code}`} onClick={() => setEditing(f)}>
                      修改
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={`修改重点领域（编码 ${editing?.code ?? ''}）`}
        open={!!editing}
        onOk={save}
        onCancel={() => setEditing(null)}
        okText="保存"
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="keywords" label="关键词（以、分隔）">
            <Input.TextArea rows={2} maxLength={400} />
          </Form.Item>
          <Form.Item name="sort" label="排序" rules={[{ required: true, message: '请填写排序' }]}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
