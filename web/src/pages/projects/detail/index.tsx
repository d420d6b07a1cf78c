import { Button, Card, Descriptions, Input, InputNumber, Modal, message, Space, Tag, Timeline } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  PROJECT_ACTION_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_STATUS_LABELS,
  type ProjectAction,
  type ProjectKind,
  type ProjectStatus,
} from '../../../../../core/contracts/projects';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../../../core/enums';
import { parseWan } from '../../../../../core/money';
import { ApiError, api } from '../../../api/request';
import { Attachments } from '../../../components/Attachments';
import { DetailState } from '../../../components/DetailState';
import { dateTime, wan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useDetail } from '../../../components/useDetail';

interface Project {
  id: number;
  year: number;
  code: string;
  name: string;
  unitName: string;
  departmentName: string;
  fieldCode: string;
  budgetType: string;
  projectKind: string;
  isNew: boolean;
  startYear: number;
  endYear: number;
  totalAmount: number;
  requestedAmount: number;
  approvedAmount: number | null;
  adjustedAmount: number | null;
  fundSources: { source: string; amount: number }[];
  description: string;
  status: string;
  keyProject: boolean;
  /** 暂停拨款 by a monitoring disposal, until finance lifts it. */
  paymentHold: { id: number; reason: string } | null;
  steps: {
    id: number;
    fromStatus: string | null;
    toStatus: string;
    actorName: string | null;
    reason: string | null;
    at: string;
  }[];
  allowedActions: string[];
}

const label = (s: string | null) => (s ? (PROJECT_STATUS_LABELS[s as ProjectStatus] ?? s) : '');

/** Project detail: facts, status steps (who/when/why), workflow buttons, targets, attachments, history. */
export default function ProjectDetailPage() {
  const id = Number(useParams().id);
  const nav = useNavigate();
  const { data: p, failure, reload } = useDetail<Project>(`/api/projects/${id}`);
  const [targetId, setTargetId] = useState<number | null>(null);
  const loadTarget = useCallback(() => {
    void api.get<{ items: { id: number }[] }>('/api/targets', { projectId: id }).then(
      (r) => setTargetId(r.items[0]?.id ?? null),
      () => undefined,
    );
  }, [id]);
  useEffect(() => loadTarget(), [loadTarget]);
  const load = () => {
    void reload();
    loadTarget();
  };
  if (!p) return <DetailState failure={failure} listPath="/projects" onRetry={load} />;
  const act = (action: ProjectAction) => {
    let reason = '';
    let amount = String((p.requestedAmount / 1_000_000).toFixed(2));
    Modal.confirm({
      title: PROJECT_ACTION_LABELS[action],
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          {action === 'budget' && (
            <InputNumber
              addonAfter="万元"
              defaultValue={Number(amount)}
              style={{ width: 240 }}
              onChange={(v) => (amount = String(v ?? ''))}
            />
          )}
          <Input.TextArea rows={2} placeholder="说明（退回时必填）" onChange={(e) => (reason = e.target.value)} />
        </Space>
      ),
      onOk: async () => {
        await api.post(`/api/projects/${id}/transition`, {
          action,
          reason: reason || undefined,
          amount: action === 'budget' ? (parseWan(amount) ?? undefined) : undefined,
        });
        message.success('操作成功');
        load();
      },
    });
  };
  const openTarget = async () => {
    if (targetId) return nav(`/targets/${targetId}`);
    try {
      const t = await api.post<{ id: number }>('/api/targets', { projectId: id });
      nav(`/targets/${t.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'DUPLICATE')
        nav(`/targets/${(e.details as { targetId: number }).targetId}`);
    }
  };
  const actions = p.allowedActions.filter((a): a is ProjectAction => a in PROJECT_ACTION_LABELS);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {p.name}
            <Tag color="blue">{label(p.status)}</Tag>
            {p.keyProject && <Tag color="gold">重点跟踪</Tag>}
            {p.paymentHold && (
              <Tag color="red" title={p.paymentHold.reason}>
                暂停拨款
              </Tag>
            )}
          </Space>
        }
        extra={
          <Space>
            {actions.map((a) => (
              <Button key={a} onClick={() => act(a)}>
                {PROJECT_ACTION_LABELS[a]}
              </Button>
            ))}
            <Button type="primary" onClick={openTarget}>
              {targetId ? '查看绩效目标' : '填报绩效目标'}
            </Button>
            <HistoryButton entity="project" entityId={id} />
          </Space>
        }
      >
        <Descriptions bordered size="small" column={3}>
          <Descriptions.Item label="项目编码">{p.code}</Descriptions.Item>
          <Descriptions.Item label="预算单位">{p.unitName}</Descriptions.Item>
          <Descriptions.Item label="主管部门">{p.departmentName}</Descriptions.Item>
          <Descriptions.Item label="预算类型">{BUDGET_TYPE_LABELS[p.budgetType as BudgetType]}</Descriptions.Item>
          <Descriptions.Item label="项目类型">{PROJECT_KIND_LABELS[p.projectKind as ProjectKind]}</Descriptions.Item>
          <Descriptions.Item label="新增/延续">{p.isNew ? '新增' : '延续'}</Descriptions.Item>
          <Descriptions.Item label="实施期">{`${p.startYear}–${p.endYear}年`}</Descriptions.Item>
          <Descriptions.Item label="项目总金额（万元）">{wan(p.totalAmount)}</Descriptions.Item>
          <Descriptions.Item label="年度申报（万元）">{wan(p.requestedAmount)}</Descriptions.Item>
          <Descriptions.Item label="年初预算（万元）">{wan(p.approvedAmount)}</Descriptions.Item>
          <Descriptions.Item label="调整后预算（万元）">{wan(p.adjustedAmount)}</Descriptions.Item>
          <Descriptions.Item label="资金来源">
            {p.fundSources.map((f) => `${f.source} ${wan(f.amount)}万元`).join('；') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="项目概述" span={3}>
            {p.description || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="流转记录">
        <Timeline
          items={p.steps.map((s) => ({
            key: s.id,
            children: `${dateTime(s.at)} ${s.actorName ?? ''}：${s.fromStatus ? `${label(s.fromStatus)} → ` : ''}${label(s.toStatus)}${s.reason ? `（${s.reason}）` : ''}`,
          }))}
        />
        <Link to="/projects">返回项目库</Link>
      </Card>
      <Card title="附件">
        <Attachments ownerEntity="project" ownerId={id} canUpload={['draft', 'pendingAssessment'].includes(p.status)} />
      </Card>
    </Space>
  );
}
