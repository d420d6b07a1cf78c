import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  message,
  Space,
  Statistic,
  Tag,
  Timeline,
} from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import {
  SELF_EVALUATION_STATUS_LABELS,
  type SelfEvaluationStatus,
} from '../../../../../core/contracts/self-evaluation';
import { scoreStored } from '../../../../../core/contracts/self-evaluation-score';
import { api, download } from '../../../api/request';
import { DetailState } from '../../../components/DetailState';
import { dateTime, wan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { ImportButton } from '../../../components/ImportButton';
import { useBusy } from '../../../components/useBusy';
import { useDetail } from '../../../components/useDetail';
import { GradeTag, STATUS_COLORS } from '../shared';
import { saveProblems, submitProblems } from './draft-checks';
import { IndicatorTable } from './IndicatorTable';
import type { Detail, Draft } from './types';
import './print.css';
import { askReason } from '../../../components/askReason';

const ACTION_LABELS: Record<string, string> = {
  submit: '提交',
  departmentApprove: '审核通过',
  departmentReturn: '退回',
  approve: '审核通过',
  financeReturn: '退回',
};

/** 项目支出绩效自评表: the unit fills actuals with a live score; reviewers approve or return; print and xlsx. */
export default function SelfEvaluationDetailPage() {
  const id = Number(useParams().id);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, busyWith] = useBusy();
  const {
    data: d,
    failure,
    reload: load,
  } = useDetail<Detail>(`/api/self-evaluations/${id}`, (x) => setDraft({ ...x, indicators: x.indicators }));
  const live = useMemo(
    () =>
      d && draft
        ? scoreStored(
            { annualBudget: d.annualBudget, executedAmount: draft.executedAmount ?? 0 },
            draft.indicators,
            d.rules,
          )
        : null,
    [d, draft],
  );
  if (!d || !draft || !live)
    return <DetailState failure={failure} listPath="/evaluation/self-evaluations" onRetry={load} />;
  const editable = d.allowedActions.includes('edit');
  const patch = (p: Partial<Draft>) => setDraft({ ...draft, ...p });
  /** Refuses with a Chinese message when the form says what is missing; true when saved. */
  const checked = (problems: string[]) => {
    if (problems.length) message.error(problems.join('；'));
    return problems.length === 0;
  };
  const put = () =>
    api.put(`/api/self-evaluations/${id}`, {
      version: d.version,
      executedAmount: draft.executedAmount,
      actualOutcome: draft.actualOutcome,
      conclusion: draft.conclusion,
      problems: draft.problems,
      measures: draft.measures,
      indicators: draft.indicators.map((r) => ({
        id: r.id,
        actual: r.actualNumber,
        qualitativeLevel: r.qualitativeLevel,
        claimedScore: r.operator === '定性' ? r.claimedScore : null,
        deviationReason: r.deviationReason,
        improvement: r.improvement,
      })),
    });
  const save = () =>
    busyWith('save', async () => {
      if (!checked(saveProblems(draft, live.indicators))) return;
      await put();
      message.success('已保存');
      await load();
    });
  const act = (action: string) => {
    if (!action.endsWith('Return'))
      return busyWith(action, () => api.post(`/api/self-evaluations/${id}/${action}`, {}).then(load));
    askReason({
      title: '退回意见',
      onOk: (reason) => api.post(`/api/self-evaluations/${id}/${action}`, { reason }).then(load),
    });
  };
  const submit = () =>
    busyWith('submit', async () => {
      if (editable) {
        if (!checked(submitProblems(draft, live.indicators))) return;
        await put();
      }
      await api.post(`/api/self-evaluations/${id}/submit`, {});
      message.success('已提交');
      await load();
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }} className="self-evaluation-print">
      <Card
        title={`项目支出绩效自评表（${d.year}年度）`}
        extra={
          <Space className="no-print">
            <Tag color={STATUS_COLORS[d.status]}>
              {d.reviewReturned && d.status === 'submitted'
                ? '已重新提交，待财政复核'
                : SELF_EVALUATION_STATUS_LABELS[d.status as SelfEvaluationStatus]}
            </Tag>
            {editable ? (
              <Button onClick={save} loading={busy === 'save'} disabled={busy !== null && busy !== 'save'}>
                保存
              </Button>
            ) : null}
            {d.allowedActions.includes('submit') ? (
              <Button
                type="primary"
                onClick={submit}
                loading={busy === 'submit'}
                disabled={busy !== null && busy !== 'submit'}
              >
                提交
              </Button>
            ) : null}
            {d.allowedActions
              .filter((a) => a !== 'edit' && a !== 'submit')
              .map((a) => (
                <Button
                  key={a}
                  danger={a.endsWith('Return')}
                  type={a.endsWith('Return') ? 'default' : 'primary'}
                  loading={busy === a}
                  onClick={() => act(a)}
                >
                  {ACTION_LABELS[a]}
                </Button>
              ))}
            <Button onClick={() => window.print()}>打印</Button>
            <Button onClick={() => download(`/api/self-evaluations/${id}/export`)}>导出Excel</Button>
            {editable ? <ImportButton url={`/api/self-evaluations/${id}/import`} onDone={() => void load()} /> : null}
            <HistoryButton entity="selfEvaluation" entityId={id} />
          </Space>
        }
      >
        {d.status === 'returned' && d.returnComment ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={d.reviewReturned ? '自评复核退回整改' : '已退回'}
            description={d.returnComment}
          />
        ) : null}
        <Descriptions bordered size="small" column={3}>
          <Descriptions.Item label="项目名称">{d.projectName}</Descriptions.Item>
          <Descriptions.Item label="项目编码">{d.projectCode}</Descriptions.Item>
          <Descriptions.Item label="实施单位">{d.unitName}</Descriptions.Item>
          <Descriptions.Item label="年初预算数（万元）">{wan(d.initialBudget)}</Descriptions.Item>
          <Descriptions.Item label="全年预算数（万元）">{wan(d.annualBudget)}</Descriptions.Item>
          <Descriptions.Item label="全年执行数（万元）">
            <InputNumber
              aria-label="全年执行数（万元）"
              disabled={!editable}
              min={0}
              precision={2}
              value={draft.executedAmount === null ? null : draft.executedAmount / 1_000_000}
              onChange={(v) => patch({ executedAmount: v === null ? null : Math.round(v * 100) * 10_000 })}
            />
          </Descriptions.Item>
          <Descriptions.Item label="年度总体目标" span={3}>
            {d.overallGoal}
          </Descriptions.Item>
        </Descriptions>
        <Space size={48} style={{ margin: '16px 0' }}>
          <Statistic title="执行率" value={live.executionRate ?? 0} suffix="%" />
          <Statistic title={`预算执行得分（${d.rules.weights.execution}分）`} value={live.executionScore} />
          <Statistic title="自评总分" value={live.total} />
          <Statistic title="自评等级" valueRender={() => <GradeTag grade={live.grade} />} />
        </Space>
        <IndicatorTable
          formId={id}
          rows={draft.indicators}
          scores={live.indicators}
          editable={editable}
          onChange={(rowId, p) =>
            patch({ indicators: draft.indicators.map((r) => (r.id === rowId ? { ...r, ...p } : r)) })
          }
        />
        <Form layout="vertical" style={{ marginTop: 16 }} disabled={!editable}>
          <Form.Item label="总体目标实际完成情况">
            <Input.TextArea
              autoSize
              value={draft.actualOutcome}
              maxLength={2000}
              onChange={(e) => patch({ actualOutcome: e.target.value })}
            />
          </Form.Item>
          {(
            [
              ['conclusion', '评价结论'],
              ['problems', '存在问题'],
              ['measures', '改进措施'],
            ] as const
          ).map(([key, label]) => (
            <Form.Item key={key} label={`${label}（200字以内）`}>
              <Input.TextArea
                aria-label={label}
                autoSize
                showCount
                maxLength={200}
                value={draft[key]}
                onChange={(e) => patch({ [key]: e.target.value })}
              />
            </Form.Item>
          ))}
        </Form>
      </Card>
      <Card title="流转记录" size="small" className="no-print">
        <Timeline
          items={d.steps.map((s) => ({
            children: `${dateTime(s.at)} ${s.actorName ?? ''} ${SELF_EVALUATION_STATUS_LABELS[s.toStatus as SelfEvaluationStatus] ?? s.toStatus}${s.reason ? `：${s.reason}` : ''}`,
          }))}
        />
      </Card>
    </Space>
  );
}
