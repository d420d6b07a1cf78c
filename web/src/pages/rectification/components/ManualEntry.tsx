import { DatePicker, Form, Input, Modal, message, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { TOrgUnit } from '../../../../../core/contracts/org';
import { SEVERITIES, SEVERITY_LABELS } from '../../../../../core/contracts/rectification';
import { api } from '../../../api/request';

/** Finance enters an item found by audit (审计发现), through the one raise path on the server. */
export function ManualEntry({ year, onClose, onSaved }: { year: number; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm();
  const [units, setUnits] = useState<TOrgUnit[]>([]);
  useEffect(
    () => void api.get<TOrgUnit[]>('/api/org/units', { kind: 'budgetUnit' }).then(setUnits, () => undefined),
    [],
  );
  const save = async () => {
    const v = await form.validateFields();
    await api.post('/api/rectifications', { ...v, year, deadline: (v.deadline as Dayjs).format('YYYY-MM-DD') });
    message.success('已下发整改事项');
    onSaved();
    onClose();
  };
  return (
    <Modal open title="录入审计整改事项" onOk={save} onCancel={onClose} width={640} okText="下发">
      <Form form={form} layout="vertical" initialValues={{ severity: 'medium' }}>
        <Form.Item name="unitId" label="整改单位" rules={[{ required: true, message: '请选择整改单位' }]}>
          <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="problem" label="问题描述" rules={[{ required: true, message: '请填写问题描述' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="requirement" label="整改要求" rules={[{ required: true, message: '请填写整改要求' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="severity" label="严重程度">
          <Select options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="responsiblePerson" label="责任人">
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
