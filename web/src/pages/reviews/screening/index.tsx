import { Button, Card, message, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { SEVERITY_LABELS } from '../../../../../core/contracts/reviews';
import { reviewCheckCodes, reviewCheckLabels, reviewSeverities } from '../../../../../core/rules/review/review-rules';
import { api, download } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { CodeSelect, ListFilters, ProjectSearch, YearSelect } from '../../../components/ListFilters';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { usePagedList } from '../../../components/usePagedList';
import { GradeTag } from '../../self-evaluation/shared';
import { UnitProfileLink, UnitSelect, useUnitScope } from '../unit-scope';
import { CheckCounts } from './components/CheckCounts';
import { FormFindings } from './components/FormFindings';
import { SummaryPanel } from './components/SummaryPanel';
import type { ScreenedForm, Screening, ScreeningFilters } from './types';

const RESULTS = ['false', 'true'] as const;
const RESULT_LABELS = { false: '有问题', true: '无问题' } as const;

/** A severity count: P0 findings in red, the others plain. */
const count = (danger: boolean) => (n: number) => (
  <Typography.Text type={danger && n > 0 ? 'danger' : undefined} strong={danger && n > 0}>
    {n}
  </Typography.Text>
);

/**
 * 自评全覆盖筛查: the automated review checks over every submitted self-evaluation of a year, form by form, worst first,
 * with the filtered set's counts and an Excel export. Finance runs (and reruns) the screening; departments and units
 * see their own forms' results.
 */
export default function ReviewScreeningPage() {
  const { me } = useAuth();
  const runs = !!me && ['admin', 'finance'].includes(me.role);
  const { picksUnit, seesProfiles } = useUnitScope();
  const year = useDefaultYear('evaluated');
  const { filters, set, data, load, pagination } = usePagedList<ScreenedForm, ScreeningFilters, Screening>(
    '/api/reviews/screening',
    { year },
    { empty: { items: [], total: 0 }, unit: '份' },
  );
  // Filters other than the year: an empty answer then means "nothing matches", not "never screened".
  const narrowed = Object.entries(filters).some(([k, v]) => k !== 'year' && v !== undefined);
  const run = async () => {
    const res = await api.post<{ forms: number; flagged: number }>('/api/reviews/screening/run', {
      year: filters.year,
    });
    message.success(`已筛查 ${res.forms} 份自评表，${res.flagged} 份发现问题`);
    void load();
  };
  return (
    <Card
      title="自评全覆盖筛查"
      extra={
        <Space>
          {runs ? (
            <Popconfirm title="对本年度全部已提交的自评表运行自动检查？" onConfirm={run}>
              <Button type="primary">运行筛查</Button>
            </Popconfirm>
          ) : null}
          <Button data-testid="screening-export" onClick={() => download('/api/reviews/screening.xlsx', filters)}>
            导出 Excel
          </Button>
        </Space>
      }
    >
      {data.summary ? <SummaryPanel summary={data.summary} narrowed={narrowed} canRun={runs} /> : null}
      <ListFilters>
        <YearSelect ariaLabel="自评年度" value={filters.year} onChange={(y) => set({ year: y })} />
        {picksUnit ? <UnitSelect value={filters.unitId} onChange={(unitId) => set({ unitId })} /> : null}
        <CodeSelect
          placeholder="问题等级"
          width={150}
          codes={reviewSeverities}
          labels={SEVERITY_LABELS}
          value={filters.severity}
          onChange={(severity) => set({ severity })}
        />
        <CodeSelect
          placeholder="检查规则"
          width={220}
          codes={reviewCheckCodes}
          labels={reviewCheckLabels}
          value={filters.code}
          onChange={(code) => set({ code })}
        />
        <CodeSelect
          placeholder="结果"
          width={110}
          codes={RESULTS}
          labels={RESULT_LABELS}
          value={filters.clean}
          onChange={(clean) => set({ clean })}
        />
        <ProjectSearch onSearch={(keyword) => set({ keyword })} />
      </ListFilters>
      <CheckCounts byCode={data.byCode ?? {}} selected={filters.code} onPick={(code) => set({ code })} />
      <Table<ScreenedForm>
        rowKey="selfEvaluationId"
        size="middle"
        dataSource={data.items}
        pagination={pagination}
        scroll={{ x: 1150 }}
        expandable={{
          expandedRowRender: (r) => <FormFindings selfEvaluationId={r.selfEvaluationId} />,
          rowExpandable: (r) => r.codes.length > 0,
        }}
        columns={[
          {
            title: '预算单位',
            dataIndex: 'unitName',
            width: 160,
            render: (v: string, r) => <UnitProfileLink unitId={r.unitId} name={v} linked={seesProfiles} />,
          },
          { title: '项目编码', dataIndex: 'projectCode', width: 140 },
          {
            title: '项目名称',
            dataIndex: 'projectName',
            width: 200,
            render: (v: string, r) => <Link to={`/evaluation/self-evaluations/${r.selfEvaluationId}`}>{v}</Link>,
          },
          { title: '自评得分', dataIndex: 'total', width: 80, align: 'right' },
          { title: '自评等级', dataIndex: 'grade', width: 80, render: (g: string) => <GradeTag grade={g} /> },
          {
            title: '执行率',
            dataIndex: 'executionRate',
            width: 80,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : `${v}%`),
          },
          { title: 'P0', dataIndex: 'p0', width: 50, align: 'right', render: count(true) },
          { title: 'P1', dataIndex: 'p1', width: 50, align: 'right', render: count(false) },
          { title: 'P2', dataIndex: 'p2', width: 50, align: 'right', render: count(false) },
          {
            title: '发现问题',
            dataIndex: 'codes',
            render: (codes: ScreenedForm['codes']) =>
              codes.length === 0 ? '—' : codes.map((c) => <Tag key={c}>{reviewCheckLabels[c] ?? c}</Tag>),
          },
        ]}
      />
    </Card>
  );
}
