import { Card, Col, Row, Space, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { TStatistics, TStatisticsRow } from '../../../../../core/contracts/ex-ante';
import { api } from '../../../api/request';
import { wan } from '../../../components/format';
import { YearSelect } from '../../../components/ListFilters';
import { useYearParam } from '../../../components/useFiscalYears';

const columns = (first: string) => [
  { title: first, dataIndex: 'label' },
  { title: '评估项目数', dataIndex: 'count', align: 'right' as const },
  { title: '申请金额（万元）', align: 'right' as const, render: (_: unknown, r: TStatisticsRow) => wan(r.requested) },
  { title: '建议安排（万元）', align: 'right' as const, render: (_: unknown, r: TStatisticsRow) => wan(r.recommended) },
  { title: '核减（万元）', align: 'right' as const, render: (_: unknown, r: TStatisticsRow) => wan(r.cut) },
];

/** 事前评估统计: per year, assessed projects and requested / recommended / cut totals by department and field. */
export default function ExAnteStatisticsPage() {
  const [year, setYear] = useYearParam('work');
  const [s, setS] = useState<TStatistics | null>(null);
  useEffect(() => void api.get<TStatistics>('/api/ex-ante/statistics', { year }).then(setS, () => undefined), [year]);
  const t = s?.total;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title="事前绩效评估统计"
        extra={<YearSelect ariaLabel="年度" value={year} suffix="年" onChange={setYear} />}
      >
        <Row gutter={16}>
          <Col span={5}>
            <Statistic
              title="完成评估项目（个）"
              value={t?.count ?? 0}
              valueRender={(n) => <span data-testid="stat-count">{n}</span>}
            />
          </Col>
          <Col span={5}>
            <Statistic title="申请金额（万元）" value={wan(t?.requested ?? 0)} />
          </Col>
          <Col span={5}>
            <Statistic title="建议安排（万元）" value={wan(t?.recommended ?? 0)} />
          </Col>
          <Col span={5}>
            <Statistic
              title="核减金额（万元）"
              value={wan(t?.cut ?? 0)}
              valueRender={(n) => <span data-testid="stat-cut">{n}</span>}
            />
          </Col>
          <Col span={4}>
            <Statistic title="评估中（个）" value={s?.inProgress ?? 0} />
          </Col>
        </Row>
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title="按主管部门">
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={s?.byDepartment ?? []}
              columns={columns('主管部门')}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="按重点领域">
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={s?.byField ?? []}
              columns={columns('领域')}
            />
          </Card>
          <Card size="small" title="按评估结论" style={{ marginTop: 16 }}>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={s?.byConclusion ?? []}
              columns={columns('结论')}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
