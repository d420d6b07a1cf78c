import { Card, Col, Empty, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { LoadFailed } from '../../components/DetailState';
import { wan } from '../../components/format';
import { YearSelect } from '../../components/ListFilters';
import { useDetail } from '../../components/useDetail';
import { useYearParam } from '../../components/useFiscalYears';
import { Chart } from './Chart';
import { type Drill, drillUrl } from './drill';
import { gradeOption, loopBarOption, loopStepLabel, suggestionOption, warningOption } from './options';

interface Cockpit {
  year: number;
  funnel: {
    key: string;
    label: string;
    objectYear: number;
    value: number;
    link: Drill;
    previous: number;
    previousLink: Drill;
  }[];
  money: { key: string; label: string; fen: number; link: Drill }[];
  warnings: {
    departmentId: number;
    name: string;
    red: number;
    yellow: number;
    blue: number;
    green: number;
    link: Drill;
  }[];
  grades: { evaluatedYear: number; grades: { grade: string; self: number; review: number; link: Drill }[] };
  suggestions: { area: string; label: string; count: number; units: number; link: Drill }[];
  rectification: { source: string; label: string; total: number; closed: number; overdue: number; link: Drill }[];
  agencies: {
    agencyId: number;
    name: string;
    engagements: number;
    scored: number;
    averageScore: number | null;
    link: Drill;
  }[];
  framework: { key: string; label: string; value: number; link: Drill }[];
}

/** A number that opens the list behind it. */
function Num({ link, children, testId }: { link: Drill; children: React.ReactNode; testId?: string }) {
  return (
    <Link to={drillUrl(link)} data-testid={testId}>
      {children}
    </Link>
  );
}

export default function CockpitPage() {
  const [year, setYear] = useYearParam('work');
  // useDetail drops another year's figures at once and ignores an answer that arrives after a quicker switch.
  const { data, failure, reload } = useDetail<Cockpit>(`/api/dashboard/cockpit?year=${year}`);
  const navigate = useNavigate();
  const loop = useMemo(() => (data ? loopBarOption(data.funnel, data.year) : null), [data]);
  const warnings = useMemo(() => (data ? warningOption(data.warnings) : null), [data]);
  const grades = useMemo(() => (data ? gradeOption(data.grades.grades) : null), [data]);
  const suggestions = useMemo(() => (data ? suggestionOption(data.suggestions) : null), [data]);
  const closed = data?.rectification.reduce((s, r) => s + r.closed, 0) ?? 0;
  const total = data?.rectification.reduce((s, r) => s + r.total, 0) ?? 0;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="预算绩效驾驶舱"
        loading={!data && !failure}
        extra={<YearSelect value={year} suffix="年" width={120} onChange={setYear} />}
      >
        <LoadFailed failure={failure} onRetry={() => void reload()} />
        <Row gutter={[16, 16]}>
          {data?.framework.map((f) => (
            <Col xs={12} md={8} lg={4} key={f.key}>
              <Statistic
                title={f.label}
                valueRender={() => (
                  <Num link={f.link} testId={`cockpit-${f.key}`}>
                    {f.value}
                  </Num>
                )}
              />
            </Col>
          ))}
          {data?.money.map((m) => (
            <Col xs={12} md={8} lg={4} key={m.key}>
              <Statistic
                title={`${m.label}（万元）`}
                valueRender={() => (
                  <Num link={m.link} testId={`cockpit-${m.key}`}>
                    {wan(m.fen)}
                  </Num>
                )}
              />
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={`${year}年预算绩效闭环（与${year - 1}年对比）`} size="small">
            {loop && data && (
              <div data-testid="loop-chart">
                <Chart
                  option={loop}
                  height={380}
                  onClick={(p) => {
                    const step = data.funnel[p.dataIndex];
                    navigate(drillUrl(p.seriesIndex === 1 ? step.previousLink : step.link));
                  }}
                />
              </div>
            )}
            <Space wrap>
              {data?.funnel.map((s) => (
                <Typography.Text key={s.key}>
                  {loopStepLabel(s, data.year)}：
                  <Num link={s.link} testId={`funnel-${s.key}`}>
                    {s.value}
                  </Num>
                  <Typography.Text type="secondary">
                    {' '}
                    （上年{' '}
                    <Num link={s.previousLink} testId={`funnel-prev-${s.key}`}>
                      {s.previous}
                    </Num>
                    ）
                  </Typography.Text>
                </Typography.Text>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="运行监控预警（按主管部门，最近一轮）" size="small">
            {data?.warnings.length && warnings ? (
              <Chart
                option={warnings}
                height={Math.max(380, data.warnings.length * 22 + 60)}
                onClick={(p) => navigate(drillUrl(data.warnings[p.dataIndex].link))}
              />
            ) : (
              <Empty description="本年度暂无监控数据" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={`${data?.grades.evaluatedYear ?? year - 1}年项目自评与复核等级分布`} size="small">
            {grades && data && (
              <Chart option={grades} onClick={(p) => navigate(drillUrl(data.grades.grades[p.dataIndex].link))} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="复核意见（按复核要点）" size="small">
            {data?.suggestions.length && suggestions ? (
              <>
                <Chart option={suggestions} onClick={(p) => navigate(drillUrl(data.suggestions[p.dataIndex].link))} />
                <Space wrap>
                  {data.suggestions.map((s) => (
                    <Typography.Text key={s.area}>
                      {s.label}：
                      <Num link={s.link} testId={`suggestions-${s.area}`}>
                        {s.count}
                      </Num>{' '}
                      条<Typography.Text type="secondary">（{s.units} 个单位）</Typography.Text>
                    </Typography.Text>
                  ))}
                </Space>
              </>
            ) : (
              <Empty description="本年度暂无复核意见" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title="整改销号情况"
            size="small"
            extra={<Progress type="circle" size={48} percent={total ? Math.round((closed / total) * 100) : 0} />}
          >
            <Table
              size="small"
              rowKey="source"
              pagination={false}
              dataSource={data?.rectification ?? []}
              columns={[
                { title: '问题来源', dataIndex: 'label' },
                { title: '整改事项', dataIndex: 'total', render: (v, r) => <Num link={r.link}>{v}</Num> },
                {
                  title: '已销号',
                  dataIndex: 'closed',
                  render: (v, r) => <Num link={{ ...r.link, query: { ...r.link.query, status: 'closed' } }}>{v}</Num>,
                },
                {
                  title: '逾期',
                  dataIndex: 'overdue',
                  render: (v, r) => <Num link={{ ...r.link, query: { ...r.link.query, overdue: 'true' } }}>{v}</Num>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="第三方机构执业质量评分" size="small">
            <Table
              size="small"
              rowKey="agencyId"
              pagination={false}
              dataSource={data?.agencies ?? []}
              columns={[
                { title: '机构', dataIndex: 'name' },
                { title: '业务数', dataIndex: 'engagements', render: (v, r) => <Num link={r.link}>{v}</Num> },
                { title: '已考评', dataIndex: 'scored' },
                {
                  title: '平均得分',
                  dataIndex: 'averageScore',
                  render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
