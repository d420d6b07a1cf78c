import { Button, Descriptions, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ENGAGEMENT_STATUS_LABELS } from '../../../../../../core/contracts/agencies';
import { parseWan } from '../../../../../../core/money';
import { api } from '../../../../api/request';
import { wan } from '../../../../components/format';
import { useBusy } from '../../../../components/useBusy';
import type { EvaluationDetail } from '../../types';

interface AgencyOption {
  id: number;
  name: string;
  status: string;
  creditLevel: string;
}

/** The engaged agency (fee, quality score, payable) or, for finance, the engagement dialog. */
export function EngagementPanel({ e, onSaved }: { e: EvaluationDetail; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [agencies, setAgencies] = useState<AgencyOption[]>([]);
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy();
  useEffect(() => {
    if (open) void api.get<AgencyOption[]>('/api/agencies').then(setAgencies, () => undefined);
  }, [open]);
  const save = async () => {
    const v = await form.validateFields();
    const fee = parseWan(String(v.feeWan));
    await api.post('/api/agencies/engagements', {
      evaluationId: e.id,
      agencyId: v.agencyId,
      contractNo: v.contractNo ?? '',
      fee,
      stages: [
        { name: '合同签订后预付', percent: 30, dueOn: null },
        { name: '考评后按结果结算', percent: 70, dueOn: null },
      ],
    });
    setOpen(false);
    onSaved();
  };
  const g = e.engagement;
  return (
    <>
      {g ? (
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="受托机构">
            <Link to={`/agencies/${g.agencyId}`}>{g.agencyName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="委托状态">{ENGAGEMENT_STATUS_LABELS[g.status] ?? g.status}</Descriptions.Item>
          <Descriptions.Item label="合同金额（万元）">{wan(g.fee)}</Descriptions.Item>
          <Descriptions.Item label="机构考评得分">{g.qualityScore ?? '未考评'}</Descriptions.Item>
          <Descriptions.Item label="应付金额（万元）">{wan(g.payable)}</Descriptions.Item>
          <Descriptions.Item label="考评与支付">
            <Link to={`/agencies/engagements/${g.id}`} data-testid="open-engagement">
              查看委托
            </Link>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <span>{e.teamMode === 'finance' ? '本评价由财政评价组实施。' : '尚未委托第三方机构。'}</span>
      )}
      {e.allowedActions.includes('engage') && (
        <Button type="primary" style={{ marginLeft: 12 }} onClick={() => setOpen(true)} data-testid="engage-agency">
          委托第三方机构
        </Button>
      )}
      <Modal
        title="委托第三方机构"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => void busyWith('engage', save).catch(() => undefined)}
        confirmLoading={busy === 'engage'}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="agencyId"
            label="机构"
            rules={[{ required: true, message: '请选择机构' }]}
            extra="暂停或移出的机构不能委托；与被评价单位存在利益冲突的机构将被拒绝"
          >
            <Select
              data-testid="engage-agency-select"
              options={agencies.map((a) => ({
                value: a.id,
                label: `${a.name}（信用${a.creditLevel}）`,
                disabled: a.status !== 'active',
              }))}
            />
          </Form.Item>
          <Form.Item name="contractNo" label="合同编号">
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="feeWan" label="合同金额（万元）" rules={[{ required: true, message: '请填写合同金额' }]}>
            <InputNumber min={0.01} precision={2} style={{ width: 200 }} data-testid="engage-fee" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
