import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { CALENDAR_RESPONSIBLE, type TMilestone } from '../../../../core/contracts/work-calendar';
import { LOOP_STAGE_LABELS, LOOP_STAGES, ROLE_LABELS } from '../../../../core/enums';
import { api } from '../../api/request';
import { useBusy } from '../../components/useBusy';

/** Create / edit dialog of a calendar milestone: stage, deadline, responsible role, reminder days. */
export function MilestoneForm({
  year,
  editing,
  onClose,
}: {
  year: number;
  /** null = closed, {} = new, a milestone = edit. */
  editing: Partial<TMilestone> | null;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy();
  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    form.setFieldsValue({
      remindDaysBefore: 7,
      ...editing,
      range: editing.startOn && editing.dueOn ? [dayjs(editing.startOn), dayjs(editing.dueOn)] : undefined,
    });
  }, [editing, form]);
  const save = async () => {
    const { range, ...v } = await form.validateFields();
    const body = {
      ...v,
      year: editing?.year ?? year,
      startOn: range[0].format('YYYY-MM-DD'),
      dueOn: range[1].format('YYYY-MM-DD'),
    };
    if (editing?.id) await api.put(`/api/work-calendar/${editing.id}`, { ...body, version: editing.version });
    else await api.post('/api/work-calendar', body);
    onClose(true);
  };
  return (
    <Modal
      title={editing?.id ? '修改工作节点' : '新增工作节点'}
      open={!!editing}
      onOk={() => busyWith('save', save)}
      confirmLoading={busy === 'save'}
      onCancel={() => onClose(false)}
      okText="保存"
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="stage" label="环节" rules={[{ required: true, message: '请选择环节' }]}>
          <Select options={LOOP_STAGES.map((s) => ({ value: s, label: LOOP_STAGE_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="title" label="工作事项" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="range" label="开始与截止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="responsibleRole" label="责任主体" rules={[{ required: true, message: '请选择' }]}>
          <Select options={CALENDAR_RESPONSIBLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item
          name="remindDaysBefore"
          label="提前提醒天数（到期前多少天起提示发送待办提醒）"
          rules={[{ required: true, message: '请填写' }]}
        >
          <InputNumber min={0} max={90} precision={0} addonAfter="天" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
