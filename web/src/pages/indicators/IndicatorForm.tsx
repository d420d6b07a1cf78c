import { Form, Input, Modal, Select } from 'antd';
import { INDICATOR_BASES, INDICATOR_LAYER_LABELS } from '../../../../core/contracts/indicators';
import {
  defaultTaxonomies,
  level1Codes,
  level1Labels,
  level2Labels,
  operators,
} from '../../../../core/rules/indicator';
import { api } from '../../api/request';
import { useBusy } from '../../components/useBusy';
import { fieldOptions } from '../../components/useFields';

export interface LibraryRow {
  id: number;
  year: number;
  fieldCode: string | null;
  industry: string;
  category: string;
  layer: string;
  level1: string;
  level2: string;
  name: string;
  operator: string;
  unit: string;
  recommendedValue: string;
  basis: string;
  explanation: string;
  calculation: string;
  dataSource: string;
  scoringNote: string;
  projectKinds: string;
  status: string;
  reviewComment: string | null;
  usageCount: number;
  version: number;
}

/** Create or edit one library indicator (department: proposal of an industry indicator). */
export function IndicatorForm({
  year,
  fields,
  finance,
  initial,
  onClose,
}: {
  year: number;
  fields: { code: string; name: string }[];
  finance: boolean;
  initial: LibraryRow | null;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy();
  const level1 = Form.useWatch('level1', form) as keyof typeof level1Labels | undefined;
  const level2Options = level1
    ? [...new Set([...defaultTaxonomies.classic2020[level1], ...defaultTaxonomies.costFirst2021[level1]])]
    : [];
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, year: initial?.year ?? year, fieldCode: v.fieldCode ?? null };
    if (initial) await api.put(`/api/indicators/${initial.id}`, { ...body, version: initial.version });
    else await api.post('/api/indicators', body);
    onClose(true);
  };
  return (
    <Modal
      open
      title={initial ? '修改指标' : finance ? '新增指标' : '提出行业指标（报财政审核）'}
      onOk={() => busyWith('save', save)}
      confirmLoading={busy === 'save'}
      onCancel={() => onClose(false)}
      width={720}
      okText="保存"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          initial ?? {
            layer: finance ? 'common' : 'industry',
            operator: '≥',
            basis: '计划标准',
            level1: 'output',
            level2: 'quantity',
          }
        }
      >
        <Form.Item name="layer" label="指标层级">
          <Select
            options={(finance ? ['common', 'industry', 'project'] : ['industry']).map((l) => ({
              value: l,
              label: INDICATOR_LAYER_LABELS[l as 'common'],
            }))}
          />
        </Form.Item>
        <Form.Item name="fieldCode" label="重点领域（共性指标不选）">
          <Select allowClear options={fieldOptions(fields)} />
        </Form.Item>
        <Form.Item name="industry" label="行业">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="category" label="项目类别">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="level1" label="一级指标">
          <Select
            options={level1Codes.map((c) => ({ value: c, label: level1Labels[c] }))}
            onChange={() => form.setFieldValue('level2', undefined)}
          />
        </Form.Item>
        <Form.Item name="level2" label="二级指标" rules={[{ required: true, message: '请选择二级指标' }]}>
          <Select options={level2Options.map((c) => ({ value: c, label: level2Labels[c] }))} />
        </Form.Item>
        <Form.Item name="name" label="三级指标名称" rules={[{ required: true, message: '请填写指标名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="operator" label="运算符">
          <Select options={operators.map((o) => ({ value: o, label: o }))} />
        </Form.Item>
        <Form.Item name="unit" label="计量单位">
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="recommendedValue" label="推荐值">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="basis" label="指标值依据">
          <Select options={INDICATOR_BASES.map((b) => ({ value: b, label: b }))} />
        </Form.Item>
        <Form.Item name="explanation" label="指标解释">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="calculation" label="计算方法">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="dataSource" label="数据来源">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="scoringNote" label="评分说明">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
