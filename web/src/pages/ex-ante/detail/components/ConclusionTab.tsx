import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, message, Radio, Tag } from 'antd';
import { CONCLUSIONS } from '../../../../../../core/contracts/ex-ante';
import { api } from '../../../../api/request';
import { wan } from '../../../../components/format';
import { useBusy } from '../../../../components/useBusy';
import { conclusionColor, conclusionLabel, fenToWan, wanToFen } from '../../shared';
import type { Detail } from '../types';

/** Conclusion: band from the panel score, optional override with a reason, recommended and cut amounts. */
export function ConclusionTab({ d, reload }: { d: Detail; reload: () => void }) {
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy();
  const conclusion = Form.useWatch('conclusion', form);
  const recommendedWan = Form.useWatch('recommendedWan', form);
  const band = d.preview?.band;
  if (d.status === 'concluded') {
    return (
      <Descriptions bordered column={2} size="small">
        <Descriptions.Item label="专家组评分">{d.panelScore?.toFixed(2)}</Descriptions.Item>
        <Descriptions.Item label="评分对应结论">{conclusionLabel(d.bandConclusion)}</Descriptions.Item>
        <Descriptions.Item label="评估结论">
          <Tag color={conclusionColor[d.conclusion as 'support']}>{conclusionLabel(d.conclusion)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="调整理由">{d.overrideReason ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="申请金额（万元）">{wan(d.requestedAmount)}</Descriptions.Item>
        <Descriptions.Item label="建议安排（万元）">{wan(d.recommendedAmount)}</Descriptions.Item>
        <Descriptions.Item label="核减（万元）">
          <span data-testid="cut-amount">{wan(d.cutAmount)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="评审意见" span={2}>
          {d.opinion}
        </Descriptions.Item>
      </Descriptions>
    );
  }
  if (!d.allowedActions.includes('conclude'))
    return <Alert type="info" message="专家评审完成后由财政部门出具评估结论" />;
  const complete = d.progress.total > 0 && d.progress.submitted === d.progress.total;
  const submit = async () => {
    const v = await form.validateFields();
    await api.post(`/api/ex-ante/assessments/${d.id}/conclude`, {
      conclusion: v.conclusion,
      overrideReason: v.overrideReason,
      recommendedAmount: wanToFen(v.recommendedWan) ?? 0,
      opinion: v.opinion,
    });
    message.success('评估结论已出具');
    reload();
  };
  const cut =
    recommendedWan === undefined || recommendedWan === null
      ? null
      : d.requestedAmount - (wanToFen(recommendedWan) ?? 0);
  return (
    <Card size="small">
      {!complete && (
        <Alert
          type="warning"
          showIcon
          message={`尚有专家未提交评分（${d.progress.submitted}/${d.progress.total}），全部提交后方可出具结论`}
          style={{ marginBottom: 12 }}
        />
      )}
      {band && (
        <Alert
          type="info"
          showIcon
          message={`专家组评分 ${d.preview?.score.toFixed(2)} 分，按评分区间对应“${conclusionLabel(band)}”`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ conclusion: band, recommendedWan: fenToWan(d.requestedAmount) }}
      >
        <Form.Item name="conclusion" label="评估结论" rules={[{ required: true, message: '请选择结论' }]}>
          <Radio.Group options={CONCLUSIONS.map((c) => ({ value: c, label: conclusionLabel(c) }))} />
        </Form.Item>
        {conclusion && band && conclusion !== band && (
          <Form.Item
            name="overrideReason"
            label="结论调整理由"
            rules={[{ required: true, message: '结论与评分区间不一致，须填写理由' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item
          name="recommendedWan"
          label="建议安排金额（万元）"
          rules={[{ required: true, message: '请填写建议安排金额' }]}
          extra={cut === null ? undefined : `核减 ${wan(cut)} 万元`}
        >
          <InputNumber min={0} precision={2} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="opinion" label="评审意见" rules={[{ required: true, message: '请填写评审意见' }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Button
          type="primary"
          onClick={() => void busyWith('conclude', submit).catch(() => undefined)}
          loading={busy === 'conclude'}
          disabled={!complete}
        >
          出具结论
        </Button>
      </Form>
    </Card>
  );
}
