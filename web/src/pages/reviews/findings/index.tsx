import { Button, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { FINDING_ORIGIN_LABELS, FINDING_STATUS_LABELS, SEVERITY_LABELS } from '../../../../../core/contracts/reviews';
import {
  type ReviewArea,
  type ReviewCheckCode,
  reviewAreaLabels,
  reviewAreas,
  reviewCheckLabels,
  reviewSeverities,
} from '../../../../../core/rules/review/review-rules';
import { download } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { CodeSelect, ListFilters, ProjectSearch, YearSelect } from '../../../components/ListFilters';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { usePagedList } from '../../../components/usePagedList';
import { FindingStatusTag, SeverityTag } from '../finding-tags';
import { UnitProfileLink, UnitSelect, useUnitScope } from '../unit-scope';

interface Finding {
  id: number;
  batchId: number;
  batchName: string;
  year: number;
  sampleId: number;
  unitId: number;
  unitName: string;
  projectName: string;
  origin: string;
  code: string;
  area: ReviewArea;
  severity: string;
  status: string;
  indicatorName: string | null;
  evidence: string;
  suggestion: string;
}
interface Ledger {
  items: Finding[];
  total: number;
  units: number;
  byArea: Record<ReviewArea, number>;
  byStatus: Record<string, number>;
}
type Filters = {
  keyword?: string;
  workYear?: number;
  batchId?: number;
  unitId?: number;
  area?: ReviewArea;
  severity?: string;
  status?: string;
  origin?: string;
};

const EMPTY: Ledger = {
  items: [],
  total: 0,
  units: 0,
  byArea: Object.fromEntries(reviewAreas.map((a) => [a, 0])) as Record<ReviewArea, number>,
  byStatus: {},
};
const FINDING_STATUSES = Object.keys(FINDING_STATUS_LABELS) as (keyof typeof FINDING_STATUS_LABELS)[];
const ORIGINS = Object.keys(FINDING_ORIGIN_LABELS) as (keyof typeof FINDING_ORIGIN_LABELS)[];

/**
 * 复核建议台账: every finding of the region's review batches the caller may see, by 复核年度, 复核要点, 等级, 状态
 * and 来源, with the counts of the filtered set and an Excel export of it. The cockpit's suggestions by area land here.
 */
export default function ReviewFindingsPage() {
  const { me } = useAuth();
  const workYear = useDefaultYear('work');
  const { picksUnit, seesProfiles } = useUnitScope();
  // Units and departments see the accepted findings only (the suggestions they receive): no status to pick.
  const picksStatus = !!me && !['unit', 'department'].includes(me.role);
  const { filters, set, data, pagination } = usePagedList<Finding, Filters, Ledger>(
    '/api/reviews/findings',
    { workYear },
    { empty: EMPTY, unit: '条' },
  );
  return (
    <Card
      title="复核建议台账"
      extra={
        <Button data-testid="findings-export" onClick={() => download('/api/reviews/findings.xlsx', filters)}>
          导出 Excel
        </Button>
      }
    >
      <Row gutter={32} style={{ marginBottom: 16 }}>
        <Col>
          <Statistic title="复核发现（条）" value={data.total} data-testid="findings-total" />
        </Col>
        <Col>
          <Statistic title="涉及单位" value={data.units} data-testid="findings-units" />
        </Col>
        {reviewAreas.map((a) => (
          <Col key={a}>
            <Statistic title={reviewAreaLabels[a]} value={data.byArea[a] ?? 0} />
          </Col>
        ))}
      </Row>
      <ListFilters>
        {filters.batchId ? (
          <Tag closable onClose={() => set({ batchId: undefined })} data-testid="findings-batch">
            复核批次：{data.items[0]?.batchName ?? `#${filters.batchId}`}
          </Tag>
        ) : null}
        <YearSelect
          ariaLabel="复核年度"
          value={filters.workYear}
          onChange={(y) => set({ workYear: y })}
          onClear={() => set({ workYear: undefined })}
          suffix="年复核"
          width={140}
        />
        {picksUnit ? <UnitSelect value={filters.unitId} onChange={(unitId) => set({ unitId })} /> : null}
        <CodeSelect
          placeholder="复核要点"
          width={170}
          codes={reviewAreas}
          labels={reviewAreaLabels}
          value={filters.area}
          onChange={(area) => set({ area })}
        />
        <CodeSelect
          placeholder="问题等级"
          codes={reviewSeverities}
          labels={SEVERITY_LABELS}
          value={filters.severity}
          onChange={(severity) => set({ severity })}
        />
        {picksStatus ? (
          <CodeSelect
            placeholder="状态"
            width={110}
            codes={FINDING_STATUSES}
            labels={FINDING_STATUS_LABELS}
            value={filters.status}
            onChange={(status) => set({ status })}
          />
        ) : null}
        <CodeSelect
          placeholder="来源"
          width={110}
          codes={ORIGINS}
          labels={FINDING_ORIGIN_LABELS}
          value={filters.origin}
          onChange={(origin) => set({ origin })}
        />
        <ProjectSearch width={260} placeholder="项目名称 / 编码 / 问题描述" onSearch={(keyword) => set({ keyword })} />
      </ListFilters>
      <Table<Finding>
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={pagination}
        scroll={{ x: 1650 }}
        columns={[
          {
            title: '复核批次',
            dataIndex: 'batchName',
            width: 160,
            ellipsis: true,
            render: (v: string, r) => <Link to={`/evaluation/reviews/${r.batchId}`}>{v}</Link>,
          },
          {
            title: '预算单位',
            dataIndex: 'unitName',
            width: 160,
            render: (v: string, r) => <UnitProfileLink unitId={r.unitId} name={v} linked={seesProfiles} />,
          },
          {
            title: '项目名称',
            dataIndex: 'projectName',
            width: 180,
            render: (v: string, r) => <Link to={`/evaluation/reviews/samples/${r.sampleId}`}>{v}</Link>,
          },
          { title: '复核要点', dataIndex: 'area', width: 120, render: (a: ReviewArea) => reviewAreaLabels[a] ?? a },
          {
            title: '检查规则',
            dataIndex: 'code',
            width: 170,
            render: (c: string, r) =>
              r.origin === 'reviewer' ? (
                <Tag color="purple">复核人员</Tag>
              ) : (
                (reviewCheckLabels[c as ReviewCheckCode] ?? c)
              ),
          },
          { title: '等级', dataIndex: 'severity', width: 70, render: (s: string) => <SeverityTag severity={s} /> },
          { title: '相关指标', dataIndex: 'indicatorName', width: 140, render: (v: string | null) => v ?? '—' },
          { title: '问题描述', dataIndex: 'evidence', width: 280, ellipsis: { showTitle: true } },
          { title: '改进建议', dataIndex: 'suggestion', width: 280, ellipsis: { showTitle: true } },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <FindingStatusTag status={s} /> },
        ]}
      />
    </Card>
  );
}
