import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  KEY_EVALUATION_STAGE_LABELS,
  type KeyEvaluationStage,
  TEAM_MODE_LABELS,
} from '../../../../../core/contracts/key-evaluations';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../../../core/enums';
import {
  type EvaluationKind,
  evaluationKindLabels,
  evaluationKinds,
} from '../../../../../core/rules/key-evaluation/index';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { wan } from '../../../components/format';
import { YearSelect } from '../../../components/ListFilters';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { useAddressFilters } from '../../../components/usePagedList';
import { type Coverage, type EvaluationListItem, GRADE_COLORS, STAGE_COLORS } from '../types';
import { CandidatesDrawer } from './components/CandidatesDrawer';
import { CoveragePanel } from './components/CoveragePanel';
import { type PlanDefaults, PlanModal } from './components/PlanModal';

/** Annual key-evaluation plan: coverage, candidates, plan list (scoped: agencies see only their engagements). */
export default function KeyEvaluationPlanPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const isFinance = me?.role === 'finance' || me?.role === 'admin';
  // A cockpit drill-down names its year in the address.
  const [{ year, kind }, setFilters] = useAddressFilters<{ year: number; kind?: string }>({
    year: useDefaultYear('work'),
  });
  const setYear = (y: number) => setFilters((f) => ({ ...f, year: y }));
  const setKind = (k: string | undefined) => setFilters((f) => ({ ...f, kind: k }));
  const [rows, setRows] = useState<EvaluationListItem[]>([]);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [planning, setPlanning] = useState<PlanDefaults | null>(null);
  const [candidatesOpen, setCandidatesOpen] = useState(false);
  const load = useCallback(() => {
    void api.get<EvaluationListItem[]>('/api/key-evaluations', { year, kind }).then(setRows, () => undefined);
    if (isFinance || me?.role === 'leader')
      void api.get<Coverage>('/api/key-evaluations/coverage', { year }).then(setCoverage, () => undefined);
  }, [year, kind, isFinance, me?.role]);
  useEffect(() => void load(), [load]);
  return (
    <Card
      title={`${year}年重点绩效评价`}
      extra={
        <Space>
          <YearSelect value={year} suffix="年" width={100} onChange={setYear} />
          <Select
            allowClear
            placeholder="评价类型"
            value={kind}
            onChange={setKind}
            style={{ width: 140 }}
            options={evaluationKinds.map((k) => ({ value: k, label: evaluationKindLabels[k] }))}
          />
          {isFinance && (
            <>
              <Button icon={<BulbOutlined />} onClick={() => setCandidatesOpen(true)}>
                候选对象
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning({})}>
                新增评价
              </Button>
            </>
          )}
        </Space>
      }
    >
      <CoveragePanel coverage={coverage} />
      <Table
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '暂无评价任务' }}
        columns={[
          {
            title: '评价名称',
            dataIndex: 'name',
            render: (n: string, r) => <Link to={`/key-evaluations/${r.id}`}>{n}</Link>,
          },
          { title: '评价类型', dataIndex: 'kind', width: 110, render: (k: EvaluationKind) => evaluationKindLabels[k] },
          { title: '预算类型', dataIndex: 'budgetType', width: 130, render: (b: BudgetType) => BUDGET_TYPE_LABELS[b] },
          { title: '责任单位', dataIndex: 'unitName', width: 180, render: (u: string | null, r) => u ?? r.objectName },
          { title: '评价资金（万元）', dataIndex: 'amount', width: 130, align: 'right', render: wan },
          {
            title: '实施方式',
            dataIndex: 'teamMode',
            width: 120,
            render: (m: 'agency' | 'finance') => TEAM_MODE_LABELS[m],
          },
          {
            title: '阶段',
            dataIndex: 'stage',
            width: 150,
            render: (s: KeyEvaluationStage) => (
              <Tag color={STAGE_COLORS[s] ?? 'processing'}>{KEY_EVALUATION_STAGE_LABELS[s]}</Tag>
            ),
          },
          {
            title: '得分',
            dataIndex: 'totalScore',
            width: 80,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
          },
          {
            title: '等级',
            dataIndex: 'grade',
            width: 70,
            render: (g: string | null) => (g ? <Tag color={GRADE_COLORS[g]}>{g}</Tag> : '—'),
          },
        ]}
      />
      <CandidatesDrawer
        year={year}
        open={candidatesOpen}
        onClose={() => setCandidatesOpen(false)}
        onPick={(d) => {
          setCandidatesOpen(false);
          setPlanning(d);
        }}
      />
      <PlanModal
        year={year}
        defaults={planning}
        onClose={() => setPlanning(null)}
        onSaved={(id) => navigate(`/key-evaluations/${id}`)}
      />
    </Card>
  );
}
