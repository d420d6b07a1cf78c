import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DISPOSAL_KIND_LABELS, type DisposalKind } from '../../../../../core/contracts/monitoring';
import { parseYuan } from '../../../../../core/money';
import { api } from '../../../api/request';
import { yuan } from '../../../components/format';

interface Values {
  kind: DisposalKind;
  amountYuan?: number;
  reason: string;
  approver: string;
  deadline?: Dayjs;
  requirement?: string;
}

/** 处置 of a warning: finance records what was done, with reason and approver. */
export function DisposalModal({
  entryId,
  version,
  unpaid,
  open,
  onClose,
}: {
  entryId: number;
  /** The entry version shown: a double click cannot record the same disposal twice. */
  version: number;
  unpaid: number;
  open: boolean;
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const withAmount = kind === 'recoverFunds' || kind === 'cutBudget';
  const submit = async () => {
    const v = await form.validateFields();
    const amount = v.amountYuan === undefined ? undefined : (parseYuan(String(v.amountYuan)) ?? undefined);
    await api.post(`/api/monitoring/entries/${entryId}/disposals`, {
      kind: v.kind,
      reason: v.reason,
      approver: v.approver,
      requirement: v.requirement,
      amount: withAmount ? amount : undefined,
      deadline: v.deadline?.format('YYYY-MM-DD'),
      version,
    });
    form.resetFields();
    onClose(true);
  };
  return (
    <Modal title="预警处置" open={open} onOk={submit} onCancel={() => onClose(false)} okText="确认处置" destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'recoverFunds' }}>
        <Form.Item name="kind" label="处置方式" rules={[{ required: true }]}>
          <Select
            options={Object.entries(DISPOSAL_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            aria-label="处置方式"
          />
        </Form.Item>
        {withAmount && (
          <Form.Item
            name="amountYuan"
            label={`金额（元），未支付余额 ${yuan(unpaid)} 元`}
            rules={[{ required: true, message: '请填写金额' }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: 240 }} aria-label="处置金额" />
          </Form.Item>
        )}
        {kind === 'urgeRectification' && (
          <>
            <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="requirement" label="整改要求">
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label="处置理由" rules={[{ required: true, message: '请填写处置理由' }]}>
          <Input.TextArea rows={3} maxLength={500} aria-label="处置理由" />
        </Form.Item>
        <Form.Item name="approver" label="审批人" rules={[{ required: true, message: '请填写审批人' }]}>
          <Input maxLength={40} aria-label="审批人" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
