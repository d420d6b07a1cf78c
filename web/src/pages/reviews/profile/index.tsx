import { Card, Space, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { type ReviewArea, reviewAreaLabels } from '../../../../../core/rules/review/review-rules';
import { DetailState } from '../../../components/DetailState';
import { useDetail } from '../../../components/useDetail';
import { GradeTag } from '../../self-evaluation/shared';
import { ledgerUrl } from '../ledger-url';

interface Profile {
  unit: { id: number; code: string; name: string };
  findings: { batchId: number; batchName: string; workYear: number; area: string; severity: string; count: number }[];
  evaluations: {
    id: number;
    year: number;
    projectName: string;
    total: number;
    grade: string;
    executionRate: number | null;
    reviewTotal: number | null;
    reviewGrade: string | null;
  }[];
  samples: { workYear: number; sampled: number; returns: number }[];
  screening: { year: number; forms: number; flagged: number; withP0: number; p0: number; p1: number; p2: number }[];
}

/** The screening page (自评全覆盖筛查) narrowed to a unit's year, and to a severity when given. */
const screeningUrl = (unitId: number, year: number, severity?: string) =>
  `/evaluation/reviews/screening?${new URLSearchParams({ year: String(year), unitId: String(unitId), ...(severity ? { severity } : {}) })}`;

type Pivot = ReturnType<typeof pivotFindings>[number];

/** Pivot: one row per (work year, area), P0/P1/P2 counts as columns. */
export function pivotFindings(rows: Profile['findings']) {
  const out = new Map<
    string,
    { key: string; workYear: number; area: string; P0: number; P1: number; P2: number; total: number }
  >();
  for (const r of rows) {
    const key = `${r.workYear}-${r.area}`;
    const row = out.get(key) ?? { key, workYear: r.workYear, area: r.area, P0: 0, P1: 0, P2: 0, total: 0 };
    if (r.severity === 'P0' || r.severity === 'P1' || r.severity === 'P2') row[r.severity] += r.count;
    row.total += r.count;
    out.set(key, row);
  }
  return [...out.values()];
}

/** 单位画像: a unit's review findings by area and severity across years, with its self and review grades and execution. */
export default function UnitProfilePage() {
  const unitId = Number(useParams().unitId);
  const { data: d, failure, reload } = useDetail<Profile>(`/api/reviews/units/${unitId}/profile`);
  if (!d) return <DetailState failure={failure} listPath="/evaluation/reviews" onRetry={reload} />;
  /** The unit's accepted suggestions of a (work year, area) row in the ledger. */
  const ledger = (r: Pivot, more: Record<string, string>) =>
    ledgerUrl({ workYear: r.workYear, unitId, area: r.area, status: 'accepted', ...more });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={`单位画像：${d.unit.name}`}>
        <Table
          rowKey="workYear"
          size="small"
          pagination={false}
          dataSource={d.samples}
          columns={[
            { title: '复核年度', dataIndex: 'workYear' },
            { title: '被抽查项目', dataIndex: 'sampled' },
            { title: '退回整改', dataIndex: 'returns' },
          ]}
        />
      </Card>
      <Card title="复核问题分布（已采纳建议）">
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={pivotFindings(d.findings)}
          columns={[
            { title: '复核年度', dataIndex: 'workYear', width: 100 },
            { title: '复核要点', dataIndex: 'area', render: (a: string) => reviewAreaLabels[a as ReviewArea] ?? a },
            ...(['P0', 'P1', 'P2'] as const).map((severity) => ({
              title: severity,
              dataIndex: severity,
              width: 70,
              render: (v: number, r: Pivot) => (v ? <Link to={ledger(r, { severity })}>{v}</Link> : v),
            })),
            {
              title: '合计',
              dataIndex: 'total',
              width: 80,
              render: (v: number, r: Pivot) => <Link to={ledger(r, {})}>{v}</Link>,
            },
          ]}
        />
      </Card>
      <Card title="自评全覆盖筛查（各年度已提交自评表）">
        <Table
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={d.screening}
          locale={{ emptyText: '尚未对本单位的自评表运行全覆盖筛查' }}
          columns={[
            { title: '自评年度', dataIndex: 'year', width: 100 },
            {
              title: '已筛查自评表',
              dataIndex: 'forms',
              render: (v: number, r: Profile['screening'][number]) => (
                <Link to={screeningUrl(unitId, r.year)}>{v}</Link>
              ),
            },
            { title: '发现问题', dataIndex: 'flagged' },
            {
              title: '含P0问题',
              dataIndex: 'withP0',
              render: (v: number, r: Profile['screening'][number]) =>
                v ? <Link to={screeningUrl(unitId, r.year, 'P0')}>{v}</Link> : v,
            },
            { title: 'P0', dataIndex: 'p0', width: 70 },
            { title: 'P1', dataIndex: 'p1', width: 70 },
            { title: 'P2', dataIndex: 'p2', width: 70 },
          ]}
        />
      </Card>
      <Card title="历年自评等级与预算执行">
        <Table
          rowKey="id"
          size="small"
          dataSource={d.evaluations}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '项目名称', dataIndex: 'projectName' },
            {
              title: '执行率',
              dataIndex: 'executionRate',
              width: 90,
              render: (v: number | null) => (v === null ? '—' : `${v}%`),
            },
            { title: '自评得分', dataIndex: 'total', width: 90 },
            { title: '自评等级', dataIndex: 'grade', width: 90, render: (g: string) => <GradeTag grade={g} /> },
            {
              title: '复核得分',
              dataIndex: 'reviewTotal',
              width: 90,
              render: (v: number | null) => (v === null ? '—' : v),
            },
            {
              title: '复核等级',
              dataIndex: 'reviewGrade',
              width: 90,
              render: (g: string | null) => <GradeTag grade={g} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
