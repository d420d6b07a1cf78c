import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { TOrgUnit } from '../../../../../../core/contracts/org';
import { api } from '../../../../api/request';
import type { EvaluationDetail, Finding } from '../../types';

const SEVERITY = {
  high: { label: '严重', color: 'red' },
  medium: { label: '一般', color: 'orange' },
  low: { label: '轻微', color: 'default' },
} as const;

/** Problems found by the evaluation; on finalisation they go to the rectification list of the evaluated unit. */
export function FindingsPanel({ e, onSaved }: { e: EvaluationDetail; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [units, setUnits] = useState<TOrgUnit[]>([]);
  const [form] = Form.useForm();
  const editable = e.allowedActions.includes('addFinding');
  useEffect(() => {
    if (open && e.unitId === null)
      void api
        .get<TOrgUnit[]>('/api/org/units', { kind: 'budgetUnit', departmentId: e.departmentId })
        .then(setUnits, () => undefined);
  }, [open, e.unitId, e.departmentId]);
  const save = async () => {
    const v = await form.validateFields();
    await api.post(`/api/key-evaluations/${e.id}/findings`, {
      ...v,
      deadline: (v.deadline as Dayjs).format('YYYY-MM-DD'),
    });
    setOpen(false);
    form.resetFields();
    onSaved();
  };
  return (
    <>
      {editable && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          style={{ marginBottom: 12 }}
          data-testid="add-finding"
        >
          登记问题
        </Button>
      )}
      <Table<Finding>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={e.findings}
        locale={{ emptyText: '暂无发现的问题' }}
        columns={[
          { title: '问题', dataIndex: 'problem' },
          { title: '整改要求', dataIndex: 'requirement' },
          { title: '整改单位', dataIndex: 'unitName', width: 160 },
          {
            title: '程度',
            dataIndex: 'severity',
            width: 70,
            render: (s: keyof typeof SEVERITY) => <Tag color={SEVERITY[s].color}>{SEVERITY[s].label}</Tag>,
          },
          { title: '期限', dataIndex: 'deadline', width: 110 },
          {
            title: '整改清单',
            width: 120,
            render: (_, f) =>
              f.rectificationId ? (
                <a href={`/rectification/${f.rectificationId}`}>已列入（#{f.rectificationId}）</a>
              ) : editable ? (
                <Popconfirm
                  title="删除该问题？"
                  onConfirm={() => api.del(`/api/key-evaluations/${e.id}/findings/${f.id}`).then(onSaved)}
                >
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              ) : (
                '评价完成后列入'
              ),
          },
        ]}
      />
      <Modal title="登记评价发现的问题" open={open} onCancel={() => setOpen(false)} onOk={save} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ severity: 'medium' }}>
          <Form.Item name="problem" label="问题描述" rules={[{ required: true, message: '请填写问题' }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="finding-problem" />
          </Form.Item>
          <Form.Item name="requirement" label="整改要求" rules={[{ required: true, message: '请填写整改要求' }]}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="finding-requirement" />
          </Form.Item>
          {e.unitId === null && (
            <Form.Item name="unitId" label="整改单位" rules={[{ required: true, message: '请选择整改单位' }]}>
              <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
          )}
          <Form.Item name="severity" label="问题程度">
            <Select options={Object.entries(SEVERITY).map(([value, s]) => ({ value, label: s.label }))} />
          </Form.Item>
          <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择期限' }]}>
            <DatePicker data-testid="finding-deadline" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
