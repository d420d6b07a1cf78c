import { DatePicker, Form, Input, Modal, message, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { TRAINING_MODE_LABELS, TRAINING_MODES } from '../../../../core/enums';
import { api } from '../../api/request';
import { useBusy } from '../../components/useBusy';

/** What the form edits: a new session (no id) or an existing one with its version and attending units. */
export interface TrainingDraft {
  id?: number;
  version?: number;
  title?: string;
  mode?: string;
  topic?: string;
  heldOn?: string;
  location?: string;
  audience?: string;
  speaker?: string;
  unitIds?: number[];
}

/** Create / edit dialog of a session: date, topic, audience, attending units. */
export function TrainingForm({
  draft,
  units,
  onClose,
}: {
  draft: TrainingDraft | null;
  units: { value: number; label: string }[];
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy();
  useEffect(() => {
    if (!draft) return;
    form.resetFields();
    form.setFieldsValue({ ...draft, heldOn: draft.heldOn ? dayjs(draft.heldOn) : dayjs() });
  }, [draft, form]);
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, heldOn: v.heldOn.format('YYYY-MM-DD'), unitIds: v.unitIds ?? [] };
    if (draft?.id) await api.put(`/api/trainings/${draft.id}`, { ...body, version: draft.version });
    else await api.post('/api/trainings', body);
    message.success('已保存');
    onClose(true);
  };
  return (
    <Modal
      title={draft?.id ? '修改宣讲培训' : '新增宣讲培训'}
      open={!!draft}
      onOk={() => busyWith('save', save)}
      confirmLoading={busy === 'save'}
      onCancel={() => onClose(false)}
      width={720}
      okText="保存"
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="title" label="主题" rules={[{ required: true, message: '请填写主题' }]}>
          <Input maxLength={200} data-testid="training-title" />
        </Form.Item>
        <Space>
          <Form.Item name="mode" label="形式" rules={[{ required: true, message: '请选择形式' }]}>
            <Select
              style={{ width: 160 }}
              data-testid="training-mode"
              options={TRAINING_MODES.map((m) => ({ value: m, label: TRAINING_MODE_LABELS[m] }))}
            />
          </Form.Item>
          <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker data-testid="training-date" />
          </Form.Item>
        </Space>
        <Form.Item name="topic" label="内容提要">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="location" label="地点">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="audience" label="对象">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="speaker" label="主讲">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="unitIds" label="参训单位（也可在详情中导入签到表）">
          <Select
            mode="multiple"
            options={units}
            optionFilterProp="label"
            maxTagCount={8}
            data-testid="training-units"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
