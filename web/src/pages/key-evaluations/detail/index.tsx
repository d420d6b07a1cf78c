import { Card, Descriptions, Space, Tabs, Tag } from 'antd';
import { useParams } from 'react-router';
import {
  KEY_EVALUATION_STAGE_LABELS,
  type KeyEvaluationStage,
  OBJECT_TYPE_LABELS,
  TEAM_MODE_LABELS,
} from '../../../../../core/contracts/key-evaluations';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../../../core/enums';
import { type EvaluationKind, evaluationKindLabels } from '../../../../../core/rules/key-evaluation/index';
import { DetailState } from '../../../components/DetailState';
import { wan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useDetail } from '../../../components/useDetail';
import { type EvaluationDetail, GRADE_COLORS, STAGE_COLORS } from '../types';
import { ActionBar } from './components/ActionBar';
import { EngagementPanel } from './components/EngagementPanel';
import { ExchangePanel } from './components/ExchangePanel';
import { FindingsPanel } from './components/FindingsPanel';
import { FrameworkPanel } from './components/FrameworkPanel';
import { ProcedurePanel } from './components/ProcedurePanel';
import { ReportPanel } from './components/ReportPanel';
import { ScoringPanel } from './components/ScoringPanel';

/** One key evaluation: object, procedure, framework and scoring, exchange of views, findings, report, agency. */
export default function KeyEvaluationDetailPage() {
  const id = Number(useParams().id);
  const { data: e, failure, reload: load } = useDetail<EvaluationDetail>(`/api/key-evaluations/${id}`);
  if (!e) return <DetailState failure={failure} listPath="/key-evaluations" onRetry={load} />;
  const reload = () => void load();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={
          <Space>
            {e.name}
            <Tag color={STAGE_COLORS[e.stage] ?? 'processing'} data-testid="stage">
              {KEY_EVALUATION_STAGE_LABELS[e.stage as KeyEvaluationStage]}
            </Tag>
            {e.grade && (
              <Tag color={GRADE_COLORS[e.grade]} data-testid="grade">
                {e.totalScore?.toFixed(2)}分 · {e.grade}
              </Tag>
            )}
          </Space>
        }
        extra={
          <Space>
            <ActionBar id={e.id} version={e.version} allowed={e.allowedActions} onDone={reload} />
            <HistoryButton entity="keyEvaluation" entityId={e.id} />
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="评价类型">{evaluationKindLabels[e.kind as EvaluationKind]}</Descriptions.Item>
          <Descriptions.Item label="预算类型">{BUDGET_TYPE_LABELS[e.budgetType as BudgetType]}</Descriptions.Item>
          <Descriptions.Item label="评价对象">
            {OBJECT_TYPE_LABELS[e.objectType as keyof typeof OBJECT_TYPE_LABELS]}：{e.objectName}
          </Descriptions.Item>
          <Descriptions.Item label="主管部门">{e.departmentName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="责任单位">{e.unitName ?? '（部门整体）'}</Descriptions.Item>
          <Descriptions.Item label="评价资金（万元）">{wan(e.amount)}</Descriptions.Item>
          <Descriptions.Item label="实施方式">{TEAM_MODE_LABELS[e.teamMode as 'agency' | 'finance']}</Descriptions.Item>
          <Descriptions.Item label="选题理由">{e.reasons.length ? e.reasons.join('、') : '—'}</Descriptions.Item>
          <Descriptions.Item label="评价年度">{e.year}年</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'procedure', label: '评价程序', children: <ProcedurePanel steps={e.steps} /> },
            { key: 'framework', label: '指标体系', children: <FrameworkPanel e={e} onSaved={reload} /> },
            { key: 'scoring', label: '评分', children: <ScoringPanel e={e} onSaved={reload} /> },
            { key: 'exchange', label: '意见交换', children: <ExchangePanel e={e} onSaved={reload} /> },
            {
              key: 'findings',
              label: `问题与整改（${e.findings.length}）`,
              children: <FindingsPanel e={e} onSaved={reload} />,
            },
            { key: 'report', label: '评价报告', children: <ReportPanel e={e} onSaved={reload} /> },
            { key: 'agency', label: '第三方机构', children: <EngagementPanel e={e} onSaved={reload} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
