import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  message,
  Row,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { DISPOSAL_KIND_LABELS, type DisposalKind } from '../../../../../core/contracts/monitoring';
import { parseYuan } from '../../../../../core/money';
import { api } from '../../../api/request';
import { DetailState } from '../../../components/DetailState';
import { dateTime, groupThousands, wan, yuan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useBusy } from '../../../components/useBusy';
import { useDetail } from '../../../components/useDetail';
import { CurveChart } from '../components/CurveChart';
import type { CurvePoint } from '../components/curve-option';
import { type EntryRow, rateOf, StatusTag, WarningTag } from '../components/shared';
import { DisposalModal } from './DisposalModal';
import { entryProblems } from './entry-checks';
import { type IndicatorRow, IndicatorTable } from './IndicatorTable';

interface Disposal {
  id: number;
  kind: DisposalKind;
  amount: number | null;
  reason: string;
  approver: string;
  createdByName: string;
  createdAt: string;
}
type Detail = EntryRow & {
  round: { id: number; name: string; month: number; status: string; deadline: string };
  indicators: IndicatorRow[];
  disposals: Disposal[];
  curve: CurvePoint[];
  unpaidBalance: number;
  allowedActions: string[];
  paymentHold: { id: number; reason: string } | null;
};

const toYuan = (fen: number | null) => (fen === null ? null : fen / 100);
const toFen = (v: number | null | undefined) => (v === null || v === undefined ? null : parseYuan(String(v)));

/** 监控表: budget execution and target progress of one project in one round. */
export default function EntryPage() {
  const { id } = useParams();
  const [received, setReceived] = useState<number | null>(null);
  const [paid, setPaid] = useState<number | null>(null);
  const [rows, setRows] = useState<IndicatorRow[]>([]);
  const [disposing, setDisposing] = useState(false);
  // Unsaved edits: 提交审核 saves them first, so what the unit typed is what gets submitted.
  const [dirty, setDirty] = useState(false);
  const [busy, busyWith] = useBusy<'save' | 'submit'>();
  const {
    data: d,
    failure,
    reload: load,
  } = useDetail<Detail>(`/api/monitoring/entries/${id}`, (detail) => {
    setReceived(toYuan(detail.fundsReceived));
    setPaid(toYuan(detail.paid));
    setRows(detail.indicators);
    setDirty(false);
  });
  if (!d) return <DetailState failure={failure} listPath="/monitoring/rounds" onRetry={load} />;
  const can = (a: string) => d.allowedActions.includes(a);
  const budget = d.projectAdjustedAmount ?? d.adjustedBudget;
  /** Checks the form, then saves; false when something must be fixed first (the message says what). */
  const persist = async () => {
    const problems = entryProblems({ fundsReceived: toFen(received), paid: toFen(paid), budget, indicators: rows });
    if (problems.length) {
      message.error(problems.join('；'));
      return false;
    }
    await api.put(`/api/monitoring/entries/${id}`, {
      fundsReceived: toFen(received) ?? 0,
      paid: toFen(paid) ?? 0,
      version: d.version,
      indicators: rows.map((r) => ({
        targetIndicatorId: r.targetIndicatorId,
        currentValue: r.currentValue,
        expectedValue: r.expectedValue,
        currentText: r.currentText,
        likelihood: r.likelihood,
        reasons: r.reasons,
        note: r.note,
      })),
    });
    return true;
  };
  const save = () =>
    busyWith('save', async () => {
      if (!(await persist())) return;
      message.success('已保存，预警已重新计算');
      await load();
    });
  const submit = () =>
    busyWith('submit', async () => {
      const saved = dirty;
      if (saved) {
        if (!(await persist())) return;
        await load();
      }
      await api.post(`/api/monitoring/entries/${id}/submit`);
      message.success(saved ? '已保存并提交主管部门审核' : '已提交主管部门审核');
      await load();
    });
  const review = (action: 'approve' | 'return') => {
    let comment = '';
    Modal.confirm({
      title: action === 'approve' ? '审核通过该监控表？' : '退回监控表',
      content: action === 'return' && (
        <Input.TextArea
          rows={3}
          placeholder="退回意见（必填）"
          onChange={(e) => {
            comment = e.target.value;
          }}
        />
      ),
      onOk: async () => {
        await api.post('/api/monitoring/entries/review', { ids: [d.id], action, comment });
        await load();
      },
    });
  };
  const editable = can('save');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={`${d.round.name} · ${d.projectName}`}
        extra={
          <Space>
            <StatusTag status={d.status} />
            {d.paymentHold && (
              <Tag color="red" title={d.paymentHold.reason}>
                暂停拨款
              </Tag>
            )}
            <HistoryButton entity="monitoringEntry" entityId={d.id} />
          </Space>
        }
      >
        {d.returnComment && (
          <Alert type="warning" showIcon message={`退回意见：${d.returnComment}`} style={{ marginBottom: 12 }} />
        )}
        <Descriptions column={3} size="small">
          <Descriptions.Item label="项目编码">{d.projectCode}</Descriptions.Item>
          <Descriptions.Item label="预算单位">{d.unitName}</Descriptions.Item>
          <Descriptions.Item label="主管部门">{d.departmentName}</Descriptions.Item>
          <Descriptions.Item label="年初预算">{wan(d.annualBudget)} 万元</Descriptions.Item>
          <Descriptions.Item label="调整后预算">{wan(budget)} 万元</Descriptions.Item>
          <Descriptions.Item label="未支付余额">{wan(d.unpaidBalance)} 万元</Descriptions.Item>
          <Descriptions.Item label="执行率">{rateOf(d.paid, d.adjustedBudget)}</Descriptions.Item>
          <Descriptions.Item label="序时进度">{((d.round.month * 100) / 12).toFixed(2)}%</Descriptions.Item>
          <Descriptions.Item label="项目预警">
            <WarningTag color={d.warningColor} /> 执行 <WarningTag color={d.executionColor} short /> 目标{' '}
            <WarningTag color={d.indicatorColor} short />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col span={10}>
          <Card title="预算执行情况" size="small">
            <Form layout="vertical">
              <Form.Item label="到位资金（元）" required>
                <InputNumber
                  min={0}
                  precision={2}
                  style={{ width: '100%' }}
                  disabled={!editable}
                  value={received}
                  onChange={(v) => {
                    setReceived(v);
                    setDirty(true);
                  }}
                  formatter={groupThousands}
                  aria-label="到位资金"
                />
              </Form.Item>
              <Form.Item label="实际执行数（元）" required extra={`不得超过调整后预算 ${yuan(budget)} 元`}>
                <InputNumber
                  min={0}
                  precision={2}
                  style={{ width: '100%' }}
                  disabled={!editable}
                  value={paid}
                  onChange={(v) => {
                    setPaid(v);
                    setDirty(true);
                  }}
                  formatter={groupThousands}
                  aria-label="实际执行数"
                />
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col span={14}>
          <Card title="执行进度与序时进度" size="small">
            <CurveChart points={d.curve} height={200} />
          </Card>
        </Col>
      </Row>
      <Card title="绩效目标完成情况" size="small">
        <IndicatorTable
          rows={rows}
          editable={editable}
          onChange={(i, patch) => {
            setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
            setDirty(true);
          }}
        />
      </Card>
      <Space>
        {editable && (
          <Button type="primary" onClick={save} loading={busy === 'save'} disabled={busy === 'submit'}>
            保存
          </Button>
        )}
        {can('submit') && (
          <Button onClick={submit} loading={busy === 'submit'} disabled={busy === 'save'}>
            提交审核
          </Button>
        )}
        {(can('departmentApprove') || can('financeApprove')) && (
          <Button type="primary" onClick={() => review('approve')}>
            审核通过
          </Button>
        )}
        {(can('departmentReturn') || can('financeReturn')) && (
          <Button danger onClick={() => review('return')}>
            退回
          </Button>
        )}
        {can('dispose') && (
          <Button danger type="primary" onClick={() => setDisposing(true)}>
            预警处置
          </Button>
        )}
      </Space>
      {d.disposals.length > 0 && (
        <Card title="处置记录" size="small">
          <Table<Disposal>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.disposals}
            columns={[
              {
                title: '处置方式',
                dataIndex: 'kind',
                render: (k: DisposalKind) => <Tag>{DISPOSAL_KIND_LABELS[k]}</Tag>,
              },
              { title: '金额（万元）', dataIndex: 'amount', render: (v: number | null) => (v === null ? '—' : wan(v)) },
              { title: '理由', dataIndex: 'reason' },
              { title: '审批人', dataIndex: 'approver' },
              { title: '经办', dataIndex: 'createdByName' },
              { title: '时间', dataIndex: 'createdAt', render: dateTime },
            ]}
          />
        </Card>
      )}
      <DisposalModal
        entryId={d.id}
        version={d.version}
        unpaid={d.unpaidBalance}
        open={disposing}
        onClose={(done) => {
          setDisposing(false);
          if (done) {
            message.success('处置已登记');
            void load();
          }
        }}
      />
    </Space>
  );
}
