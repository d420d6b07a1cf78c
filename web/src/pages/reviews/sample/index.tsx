import {
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
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { REVIEW_SAMPLE_STATUS_LABELS, type ReviewSampleStatus } from '../../../../../core/contracts/reviews';
import { api } from '../../../api/request';
import { DetailState } from '../../../components/DetailState';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useDetail } from '../../../components/useDetail';
import { GradeTag } from '../../self-evaluation/shared';
import { SAMPLE_COLORS } from '../batch/types';
import { type Finding, Findings } from './Findings';

interface WorkRow {
  id: number;
  name: string;
  operator: string;
  targetValue: string;
  unit: string;
  weight: number;
  actualNumber: number | null;
  qualitativeLevel: string | null;
  score: number;
  reviewValue: string | null;
  reviewScore: number | null;
  reviewNote: string;
  deviation: number | null;
}
interface Sample {
  id: number;
  batchId: number;
  batchName: string;
  selfEvaluationId: number;
  projectName: string;
  unitName: string;
  status: string;
  round: number;
  selfTotal: number;
  selfGrade: string;
  reviewTotal: number | null;
  reviewGrade: string | null;
  executionRate: number | null;
  deviation: number | null;
  decisionComment: string | null;
  indicators: WorkRow[];
  findings: Finding[];
  allowedActions: string[];
}

const pctOf = (v: number | null) => (v === null ? '—' : `${Math.round(v * 10000) / 100}%`);

/** 复核底稿: self value/score beside review value/score per indicator, findings, and the decision. */
export default function ReviewSamplePage() {
  const id = Number(useParams().id);
  const [rows, setRows] = useState<WorkRow[]>([]);
  // Unsaved workpaper edits: a decision saves them first, so the reviewer's scores are not lost.
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const {
    data: d,
    failure,
    reload: load,
  } = useDetail<Sample>(`/api/reviews/samples/${id}`, (x) => {
    setRows(x.indicators);
    setDirty(false);
  });
  if (!d) return <DetailState failure={failure} listPath="/evaluation/reviews" onRetry={load} />;
  const can = (a: string) => d.allowedActions.includes(a);
  const patch = (rowId: number, p: Partial<WorkRow>) => {
    setRows(rows.map((r) => (r.id === rowId ? { ...r, ...p } : r)));
    setDirty(true);
  };
  const putWorkpaper = () =>
    api.put(`/api/reviews/samples/${id}/workpaper`, {
      rows: rows
        .filter((r) => r.reviewScore !== null || r.reviewValue)
        .map((r) => ({
          indicatorId: r.id,
          reviewValue: r.reviewValue,
          reviewScore: r.reviewScore,
          note: r.reviewNote,
        })),
    });
  const saveWorkpaper = async () => {
    setSaving(true);
    try {
      await putWorkpaper();
      message.success('底稿已保存');
      await load();
    } finally {
      setSaving(false);
    }
  };
  const decide = (decision: 'pass' | 'return') => {
    // The same gate as the server: every finding of this round must be accepted or dropped first.
    const pending = d.findings.filter((f) => f.round === d.round && f.status === 'proposed').length;
    if (pending > 0) {
      message.warning(`还有 ${pending} 条复核发现待确认，请先逐条采纳或剔除`);
      return;
    }
    const values: { comment: string; deadline: string | null } = { comment: '', deadline: null };
    Modal.confirm({
      title: decision === 'pass' ? '复核通过' : '退回整改',
      width: 520,
      content: (
        <Form layout="vertical">
          <Form.Item label={decision === 'pass' ? '复核意见' : '退回意见'}>
            <Input.TextArea aria-label="复核结论意见" rows={3} onChange={(e) => (values.comment = e.target.value)} />
          </Form.Item>
          {decision === 'return' ? (
            <Form.Item label="整改期限">
              <DatePicker
                aria-label="整改期限"
                onChange={(v) => (values.deadline = v ? v.format('YYYY-MM-DD') : null)}
              />
            </Form.Item>
          ) : null}
        </Form>
      ),
      onOk: async () => {
        if (decision === 'return' && (!values.comment.trim() || !values.deadline)) {
          message.error('退回整改须填写退回意见和整改期限');
          // A rejected promise keeps the dialog open with what was typed.
          throw new Error('incomplete');
        }
        if (dirty && can('editWorkpaper')) await putWorkpaper();
        await api.post(`/api/reviews/samples/${id}/decide`, { decision, ...values });
        message.success(decision === 'pass' ? '复核已通过' : '已退回整改');
        await load();
      },
    });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={`复核底稿：${d.projectName}`}
        extra={
          <Space>
            <Tag color={SAMPLE_COLORS[d.status]}>{REVIEW_SAMPLE_STATUS_LABELS[d.status as ReviewSampleStatus]}</Tag>
            {can('rerunChecks') ? (
              <Button onClick={() => api.post(`/api/reviews/samples/${id}/run-checks`).then(load)}>重新自动检查</Button>
            ) : null}
            {can('pass') ? (
              <Button type="primary" onClick={() => decide('pass')}>
                复核通过
              </Button>
            ) : null}
            {can('return') ? (
              <Button danger onClick={() => decide('return')}>
                退回整改
              </Button>
            ) : null}
            <HistoryButton entity="reviewSample" entityId={id} />
          </Space>
        }
      >
        <Descriptions size="small" bordered column={4}>
          <Descriptions.Item label="复核批次">
            <Link to={`/evaluation/reviews/${d.batchId}`}>{d.batchName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="预算单位">{d.unitName}</Descriptions.Item>
          <Descriptions.Item label="自评表">
            <Link to={`/evaluation/self-evaluations/${d.selfEvaluationId}`}>查看自评表</Link>
          </Descriptions.Item>
          <Descriptions.Item label="复核轮次">第 {d.round} 轮</Descriptions.Item>
          <Descriptions.Item label="执行率">{d.executionRate === null ? '—' : `${d.executionRate}%`}</Descriptions.Item>
          <Descriptions.Item label="自评得分">
            <Space>
              {d.selfTotal}
              <GradeTag grade={d.selfGrade} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="复核得分">
            {d.reviewTotal === null ? (
              <Typography.Text type="secondary">未复核打分</Typography.Text>
            ) : (
              <Space>
                {d.reviewTotal}
                <GradeTag grade={d.reviewGrade} />
              </Space>
            )}
          </Descriptions.Item>
          {/* Without a review score there is nothing to deviate from: the server's 0 would read as "no deviation". */}
          <Descriptions.Item label="得分偏差率">{d.reviewTotal === null ? '—' : pctOf(d.deviation)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title="指标复核"
        extra={
          can('editWorkpaper') ? (
            <Button onClick={saveWorkpaper} loading={saving}>
              保存底稿
            </Button>
          ) : null
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '三级指标', dataIndex: 'name' },
            {
              title: '年度指标值',
              width: 110,
              render: (_, r) => `${r.operator === '定性' ? '' : r.operator}${r.targetValue}${r.unit}`,
            },
            {
              title: '自评值',
              width: 100,
              render: (_, r) => (r.operator === '定性' ? r.qualitativeLevel : r.actualNumber) ?? '—',
            },
            { title: '分值', dataIndex: 'weight', width: 60 },
            { title: '自评得分', dataIndex: 'score', width: 80 },
            {
              title: '复核值',
              width: 120,
              render: (_, r) => (
                <Input
                  aria-label={`复核值-${r.name}`}
                  disabled={!can('editWorkpaper')}
                  value={r.reviewValue ?? ''}
                  onChange={(e) => patch(r.id, { reviewValue: e.target.value || null })}
                />
              ),
            },
            {
              title: '复核得分',
              width: 110,
              render: (_, r) => (
                <InputNumber
                  aria-label={`复核得分-${r.name}`}
                  disabled={!can('editWorkpaper')}
                  min={0}
                  max={r.weight}
                  value={r.reviewScore}
                  onChange={(v) => patch(r.id, { reviewScore: v })}
                />
              ),
            },
            {
              title: '偏差率',
              dataIndex: 'deviation',
              width: 80,
              render: (v: number | null, r) => (r.reviewScore === null ? '—' : pctOf(v)),
            },
            {
              title: '复核说明',
              render: (_, r) => (
                <Input
                  disabled={!can('editWorkpaper')}
                  value={r.reviewNote}
                  onChange={(e) => patch(r.id, { reviewNote: e.target.value })}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card title="复核发现与改进建议">
        <Findings sampleId={id} findings={d.findings} editable={can('editFindings')} onChange={() => void load()} />
      </Card>
    </Space>
  );
}
