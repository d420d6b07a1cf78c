import { Button, Card, Space, Table, Tag } from 'antd';
import {
  SELF_EVALUATION_STATUS_LABELS,
  SELF_EVALUATION_STATUSES,
  type SelfEvaluationStatus,
} from '../../../../../core/contracts/self-evaluation';
import { type Grade, grades } from '../../../../../core/rules/scoring/scoring-rules';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { dateTime, wan } from '../../../components/format';
import { CodeSelect, ListFilters, ProjectSearch, YearSelect } from '../../../components/ListFilters';
import { projectColumns } from '../../../components/projectColumns';
import { StatusSelect } from '../../../components/StatusSelect';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { usePagedList } from '../../../components/usePagedList';
import { GradeTag, STATUS_COLORS } from '../shared';

interface Row {
  id: number;
  year: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  annualBudget: number;
  executedAmount: number;
  executionRate: number | null;
  total: number;
  grade: string;
  status: SelfEvaluationStatus;
  reviewReturned: boolean;
  submittedAt: string | null;
}

type Filters = { year: number; status?: string; grade?: string; keyword?: string };

const GRADE_LABELS = Object.fromEntries(grades.map((g) => [g, g])) as Record<Grade, string>;

/** 绩效自评: the scoped list of self-evaluation forms; finance generates a year's forms from approved targets. */
export default function SelfEvaluationListPage() {
  const { me } = useAuth();
  const year = useDefaultYear('evaluated');
  const { filters, set, data, load, pagination } = usePagedList<Row, Filters>('/api/self-evaluations', { year });
  const generate = async () => {
    const res = await api.post<{ created: number }>('/api/self-evaluations/generate', { year: filters.year });
    void load();
    return res;
  };
  return (
    <Card
      title="项目支出绩效自评"
      extra={
        me && ['finance', 'admin'].includes(me.role) ? (
          <Button onClick={generate}>生成 {filters.year} 年度自评表</Button>
        ) : null
      }
    >
      <ListFilters>
        <YearSelect value={filters.year} onChange={(year) => set({ year })} />
        <StatusSelect
          value={filters.status}
          statuses={SELF_EVALUATION_STATUSES}
          labels={SELF_EVALUATION_STATUS_LABELS}
          onChange={(status) => set({ status })}
        />
        <CodeSelect
          placeholder="自评等级"
          width={110}
          value={filters.grade}
          codes={grades}
          labels={GRADE_LABELS}
          onChange={(grade) => set({ grade })}
        />
        <ProjectSearch onSearch={(keyword) => set({ keyword })} />
      </ListFilters>
      <Table
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={pagination}
        scroll={{ x: true }}
        columns={[
          ...projectColumns<Row>((r) => `/evaluation/self-evaluations/${r.id}`, { code: 160, unit: 200 }),
          { title: '全年预算（万元）', dataIndex: 'annualBudget', width: 130, align: 'right', render: wan },
          {
            title: '执行率',
            dataIndex: 'executionRate',
            width: 90,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : `${v}%`),
          },
          { title: '自评得分', dataIndex: 'total', width: 90, align: 'right' },
          { title: '等级', dataIndex: 'grade', width: 70, render: (g: string) => <GradeTag grade={g} /> },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: SelfEvaluationStatus, r) => (
              <Space size={4}>
                <Tag color={STATUS_COLORS[s]}>{SELF_EVALUATION_STATUS_LABELS[s]}</Tag>
                {r.reviewReturned ? <Tag color="volcano">复核退回</Tag> : null}
              </Space>
            ),
          },
          { title: '提交时间', dataIndex: 'submittedAt', width: 140, render: dateTime },
        ]}
      />
    </Card>
  );
}
