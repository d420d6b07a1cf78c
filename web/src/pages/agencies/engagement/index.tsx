import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  message,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ENGAGEMENT_STATUS_LABELS } from '../../../../../core/contracts/agencies';
import { parseYuan } from '../../../../../core/money';
import {
  type CreditEffect,
  creditEffectLabels,
  type PaymentBand,
  type QualityItem,
} from '../../../../../core/rules/key-evaluation/index';
import { api } from '../../../api/request';
import { askReason } from '../../../components/askReason';
import { DetailState } from '../../../components/DetailState';
import { yuan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useBusy } from '../../../components/useBusy';
import { useDetail } from '../../../components/useDetail';
import type { Engagement } from '../types';
import { previewTerms } from './terms';

interface Detail extends Engagement {
  sheet: QualityItem[];
  qualityScores: Record<string, number> | null;
  qualityComment: string | null;
  paymentBands: PaymentBand[];
  payments: { id: number; amount: number; paidOn: string; note: string }[];
  payCap: number;
  preScoringPercent: number;
  remaining: number;
  stages: { name: string; percent: number; dueOn: string | null }[];
  allowedActions: string[];
}

/** One engagement: quality scoring with the sheet, payment share and payable from the score, payment records. */
export default function EngagementPage() {
  const id = Number(useParams().id);
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const {
    data: g,
    failure,
    reload: load,
  } = useDetail<Detail>(`/api/agencies/engagements/${id}`, (d) => setScores(d.qualityScores ?? {}));
  const [comment, setComment] = useState('');
  const [paying, setPaying] = useState(false);
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy<'score' | 'pay' | 'cancel'>();
  if (!g) return <DetailState failure={failure} listPath="/agencies" onRetry={load} />;
  const canScore = g.allowedActions.includes('score');
  const preview = previewTerms(g.sheet, scores, g.paymentBands, g.fee);
  const submitScore = async () => {
    await api.put(`/api/agencies/engagements/${id}/quality`, { scores, comment, version: g.version });
    await load();
  };
  const cancel = () => {
    askReason({
      title: '解除委托',
      label: '解除原因',
      maxLength: 500,
      placeholder: '解除原因（如更换受托机构）',
      onOk: (reason) =>
        busyWith('cancel', async () => {
          await api.post(`/api/agencies/engagements/${id}/cancel`, { reason });
          message.success('已解除委托，可重新委托其他机构');
          await load();
        }),
    });
  };
  const pay = async () => {
    const v = await form.validateFields();
    await api.post(`/api/agencies/engagements/${id}/payments`, {
      amount: parseYuan(v.amountYuan),
      paidOn: (v.paidOn as Dayjs).format('YYYY-MM-DD'),
      note: v.note ?? '',
    });
    setPaying(false);
    form.resetFields();
    await load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={`委托：${g.evaluationName}`}
        extra={
          <Space>
            {g.allowedActions.includes('cancel') && (
              <Button danger onClick={cancel} loading={busy === 'cancel'} data-testid="cancel-engagement">
                解除委托
              </Button>
            )}
            <HistoryButton entity="agencyEngagement" entityId={g.id} />
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="受托机构">
            <Link to={`/agencies/${g.agencyId}`}>{g.agencyName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="评价">
            <Link to={`/key-evaluations/${g.evaluationId}`}>{g.evaluationName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="状态">{ENGAGEMENT_STATUS_LABELS[g.status] ?? g.status}</Descriptions.Item>
          <Descriptions.Item label="合同金额（元）">{yuan(g.fee)}</Descriptions.Item>
          <Descriptions.Item label="考评得分">
            <span data-testid="quality-score">{g.qualityScore ?? '未考评'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="支付比例">
            {g.paymentPercent === null ? '—' : `${g.paymentPercent}%`}
          </Descriptions.Item>
          <Descriptions.Item label="应付金额（元）">
            <span data-testid="payable">
              {g.payable === null ? `考评前最多支付${g.preScoringPercent}%：${yuan(g.payCap)}` : yuan(g.payable)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="已付（元）">{yuan(g.paid)}</Descriptions.Item>
          <Descriptions.Item label="尚可支付（元）">{yuan(g.remaining)}</Descriptions.Item>
          <Descriptions.Item label="付款阶段" span={3}>
            {g.stages.map((s) => `${s.name} ${s.percent}%`).join('；') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title="第三方机构执业质量考评表"
        extra={
          canScore && (
            <Button
              type="primary"
              onClick={() => void busyWith('score', submitScore).catch(() => undefined)}
              loading={busy === 'score'}
              disabled={preview === null}
              data-testid="submit-quality"
            >
              提交考评
            </Button>
          )
        }
      >
        {!canScore && g.status === 'engaged' && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="评价报告审定完成后方可考评机构。" />
        )}
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={g.sheet}
          columns={[
            { title: '考评项目', dataIndex: 'name' },
            { title: '分值', dataIndex: 'weight', width: 80 },
            {
              title: '得分',
              width: 140,
              render: (_, item) => (
                <InputNumber
                  min={0}
                  max={item.weight}
                  value={scores[item.code] ?? null}
                  disabled={!canScore}
                  onChange={(v) => setScores((s) => ({ ...s, [item.code]: v }))}
                  data-testid={`quality-${item.code}`}
                />
              ),
            },
          ]}
        />
        {preview && (
          <Alert
            style={{ marginTop: 12 }}
            type={preview.suspended ? 'error' : 'success'}
            title={`合计${preview.total}分 → 支付${preview.paymentPercent}%，应付${yuan(preview.payable)}元；${creditEffectLabels[preview.credit as CreditEffect]}`}
            data-testid="quality-preview"
          />
        )}
        {canScore && (
          <Input.TextArea
            style={{ marginTop: 12 }}
            rows={2}
            placeholder="考评意见"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={1000}
          />
        )}
        {g.qualityComment && <p style={{ marginTop: 12 }}>考评意见：{g.qualityComment}</p>}
      </Card>
      <Card
        title="费用支付"
        extra={
          g.allowedActions.includes('pay') && (
            <Button onClick={() => setPaying(true)} data-testid="add-payment">
              登记支付
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={g.payments}
          locale={{ emptyText: '暂无支付记录' }}
          columns={[
            { title: '支付日期', dataIndex: 'paidOn', width: 120 },
            { title: '金额（元）', dataIndex: 'amount', width: 140, align: 'right', render: yuan },
            { title: '说明', dataIndex: 'note' },
          ]}
        />
        {g.payable !== null && (
          <Tag style={{ marginTop: 8 }}>累计支付不得超过按考评结果应付的 {yuan(g.payable)} 元</Tag>
        )}
      </Card>
      <Modal
        title="登记支付"
        open={paying}
        onCancel={() => setPaying(false)}
        onOk={() => void busyWith('pay', pay).catch(() => undefined)}
        confirmLoading={busy === 'pay'}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="amountYuan"
            label="金额（元）"
            rules={[{ required: true, message: '请填写金额' }]}
            extra={`尚可支付 ${yuan(g.remaining)} 元`}
          >
            <InputNumber min={0.01} precision={2} style={{ width: 200 }} data-testid="payment-amount" />
          </Form.Item>
          <Form.Item name="paidOn" label="支付日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
