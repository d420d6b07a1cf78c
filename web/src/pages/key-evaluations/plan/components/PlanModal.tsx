import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import {
  OBJECT_TYPE_LABELS,
  OBJECT_TYPES,
  TEAM_MODE_LABELS,
  TEAM_MODES,
} from '../../../../../../core/contracts/key-evaluations';
import type { TOrgUnit } from '../../../../../../core/contracts/org';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES } from '../../../../../../core/enums';
import { parseWan } from '../../../../../../core/money';
import { evaluationKindLabels, evaluationKinds } from '../../../../../../core/rules/key-evaluation/index';
import { api } from '../../../../api/request';
import { useBusy } from '../../../../components/useBusy';

export interface PlanDefaults {
  kind?: string;
  objectType?: string;
  projectId?: number;
  departmentId?: number;
  budgetType?: string;
  reasons?: string[];
  projectName?: string;
}

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));

/** Finance puts an object on the year's plan: kind, budget type, object (project / department / named item), team. */
export function PlanModal({
  year,
  defaults,
  onClose,
  onSaved,
}: {
  year: number;
  defaults: PlanDefaults | null;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const [form] = Form.useForm();
  const [orgs, setOrgs] = useState<TOrgUnit[]>([]);
  const [busy, busyWith] = useBusy();
  const objectType = Form.useWatch('objectType', form);
  useEffect(() => void api.get<TOrgUnit[]>('/api/org/units').then(setOrgs, () => undefined), []);
  useEffect(() => {
    if (defaults)
      form.setFieldsValue({
        objectType: 'item',
        budgetType: 'general',
        teamMode: 'agency',
        kind: 'project',
        ...defaults,
      });
  }, [defaults, form]);
  const save = async () => {
    const v = await form.validateFields();
    const amount = v.amountWan === undefined || v.amountWan === null ? undefined : parseWan(String(v.amountWan));
    const row = await api.post<{ id: number }>('/api/key-evaluations', {
      year,
      kind: v.kind,
      budgetType: v.budgetType,
      objectType: v.objectType,
      projectId: v.objectType === 'project' ? v.projectId : null,
      departmentId: v.objectType === 'department' ? v.departmentId : null,
      unitId: v.objectType === 'item' ? v.unitId : null,
      objectName: v.objectType === 'item' ? v.objectName : undefined,
      amount: typeof amount === 'number' ? amount : undefined,
      reasons: defaults?.reasons ?? [],
      teamMode: v.teamMode,
    });
    onSaved(row.id);
  };
  const orgOptions = (kind: string) => orgs.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Modal
      title={`列入${year}年重点评价计划`}
      open={defaults !== null}
      onCancel={onClose}
      onOk={() => void busyWith('save', save).catch(() => undefined)}
      confirmLoading={busy === 'save'}
      okText="列入计划"
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label="评价类型" rules={[{ required: true }]}>
          <Select options={opts(evaluationKinds, evaluationKindLabels)} data-testid="plan-kind" />
        </Form.Item>
        <Form.Item name="budgetType" label="预算类型" rules={[{ required: true }]}>
          <Radio.Group options={opts(BUDGET_TYPES, BUDGET_TYPE_LABELS)} />
        </Form.Item>
        <Form.Item name="objectType" label="评价对象" rules={[{ required: true }]}>
          <Radio.Group options={opts(OBJECT_TYPES, OBJECT_TYPE_LABELS)} />
        </Form.Item>
        {objectType === 'project' && (
          <Form.Item
            name="projectId"
            label="被评价项目"
            rules={[{ required: true, message: '请从候选对象中选择项目' }]}
          >
            <Select
              options={defaults?.projectId ? [{ value: defaults.projectId, label: defaults.projectName }] : []}
              placeholder="请通过“候选对象”选择项目"
            />
          </Form.Item>
        )}
        {objectType === 'department' && (
          <Form.Item name="departmentId" label="被评价部门" rules={[{ required: true, message: '请选择部门' }]}>
            <Select showSearch optionFilterProp="label" options={orgOptions('department')} />
          </Form.Item>
        )}
        {objectType === 'item' && (
          <>
            <Form.Item name="objectName" label="事项名称" rules={[{ required: true, message: '请填写评价事项名称' }]}>
              <Input
                maxLength={200}
                placeholder="如：2024年度区级集中采购目录货物采购"
                data-testid="plan-object-name"
              />
            </Form.Item>
            <Form.Item name="unitId" label="责任单位" rules={[{ required: true, message: '请选择责任单位' }]}>
              <Select showSearch optionFilterProp="label" options={orgOptions('budgetUnit')} data-testid="plan-unit" />
            </Form.Item>
          </>
        )}
        {objectType !== 'project' && (
          <Form.Item name="amountWan" label="评价资金（万元）" extra="部门整体评价不填时按该部门上年项目预算合计">
            <InputNumber min={0} precision={2} style={{ width: 200 }} data-testid="plan-amount" />
          </Form.Item>
        )}
        <Form.Item name="teamMode" label="实施方式" rules={[{ required: true }]}>
          <Radio.Group options={opts(TEAM_MODES, TEAM_MODE_LABELS)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
