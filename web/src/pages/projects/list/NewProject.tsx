import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PROJECT_KIND_LABELS, PROJECT_KINDS } from '../../../../../core/contracts/projects';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES } from '../../../../../core/enums';
import { parseWan } from '../../../../../core/money';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { fieldOptions } from '../../../components/useFields';
import { useDefaultYear } from '../../../components/useFiscalYears';

/** New project declaration (amounts typed in 万元, stored in 分). */
export function NewProjectButton({ fields }: { fields: { code: string; name: string }[] }) {
  const { me } = useAuth();
  const nav = useNavigate();
  const [open, setOpen] = useState(false);
  const [units, setUnits] = useState<{ id: number; name: string }[]>([]);
  const [form] = Form.useForm();
  const budgetYear = useDefaultYear('budget');
  const show = () => {
    form.setFieldsValue({ year: budgetYear });
    setOpen(true);
    if (me?.role !== 'unit')
      void api.get<typeof units>('/api/org/units', { kind: 'budgetUnit' }).then(setUnits, () => undefined);
  };
  const submit = async () => {
    const v = await form.validateFields();
    const amount = parseWan(String(v.requestedWan));
    const total = parseWan(String(v.totalWan ?? v.requestedWan));
    const created = await api.post<{ id: number }>('/api/projects', {
      year: v.year,
      name: v.name,
      unitId: v.unitId,
      fieldCode: v.fieldCode,
      budgetType: v.budgetType,
      projectKind: v.projectKind,
      isNew: v.isNew,
      startYear: v.year,
      endYear: v.year + (v.projectKind === 'oneOff' ? 0 : 2),
      requestedAmount: amount,
      totalAmount: total,
      description: v.description ?? '',
    });
    setOpen(false);
    nav(`/projects/${created.id}`);
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={show}>
        新建项目
      </Button>
      <Modal
        forceRender
        title="新建项目"
        open={open}
        onOk={submit}
        onCancel={() => setOpen(false)}
        okText="保存"
        width={640}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ budgetType: 'general', projectKind: 'oneOff', isNew: true }}
        >
          <Form.Item name="name" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          {me?.role !== 'unit' && (
            <Form.Item name="unitId" label="预算单位" rules={[{ required: true, message: '请选择预算单位' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={units.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          )}
          <Form.Item name="year" label="预算年度">
            <InputNumber min={2020} max={2100} />
          </Form.Item>
          <Form.Item name="fieldCode" label="重点领域" rules={[{ required: true, message: '请选择重点领域' }]}>
            <Select options={fieldOptions(fields, true)} />
          </Form.Item>
          <Form.Item name="budgetType" label="预算类型">
            <Select options={BUDGET_TYPES.map((b) => ({ value: b, label: BUDGET_TYPE_LABELS[b] }))} />
          </Form.Item>
          <Form.Item name="projectKind" label="项目类型">
            <Select options={PROJECT_KINDS.map((k) => ({ value: k, label: PROJECT_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="isNew" label="新增项目" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="requestedWan"
            label="年度申报金额（万元）"
            rules={[{ required: true, message: '请填写申报金额' }]}
          >
            <InputNumber min={0.01} max={1e9} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="totalWan" label="项目总金额（万元，不填同申报金额）">
            <InputNumber min={0.01} max={1e9} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="description" label="项目概述">
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
