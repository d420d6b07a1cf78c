import { Card, Col, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { DISPOSAL_KIND_LABELS, type DisposalKind } from '../../../../../core/contracts/monitoring';
import { api } from '../../../api/request';
import { dateTime, wan } from '../../../components/format';
import { YearSelect } from '../../../components/ListFilters';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { useAddressFilters } from '../../../components/usePagedList';
import { entryProjectColumn } from '../components/shared';
import { PaymentHolds } from './PaymentHolds';

interface Totals {
  total: number;
  count: number;
  projects: number;
  byDepartment: { departmentId: number; departmentName: string; amount: number; count: number; projects: number }[];
}
interface Disposal {
  id: number;
  entryId: number;
  projectName: string;
  unitName: string;
  departmentName: string;
  kind: DisposalKind;
  amount: number | null;
  budgetBefore: number | null;
  budgetAfter: number | null;
  reason: string;
  approver: string;
  createdAt: string;
}

/** 预警处置与收回资金: every disposal, and recovered funds by department for the year. */
export default function RecoveriesPage() {
  // A cockpit drill-down names its year and disposal kind in the address.
  const [{ year, kind }, setFilters] = useAddressFilters<{ year: number; kind?: DisposalKind }>({
    year: useDefaultYear('work'),
  });
  const [totals, setTotals] = useState<Totals | null>(null);
  const [rows, setRows] = useState<Disposal[]>([]);
  useEffect(() => {
    void api.get<Totals>('/api/monitoring/recoveries', { year }).then(setTotals);
    void api.get<Disposal[]>('/api/monitoring/disposals', { year, kind }).then(setRows);
  }, [year, kind]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Row gutter={24} align="middle">
          <Col>
            年度 <YearSelect value={year} onChange={(y) => setFilters((f) => ({ ...f, year: y }))} />
          </Col>
          <Col>
            <Statistic
              title="累计收回资金（万元）"
              value={totals ? wan(totals.total) : '—'}
              data-testid="recovery-total"
            />
          </Col>
          <Col>
            <Statistic title="收回笔数" value={totals?.count ?? 0} />
          </Col>
          <Col>
            <Statistic title="涉及项目" value={totals?.projects ?? 0} />
          </Col>
        </Row>
      </Card>
      <Card title="收回资金（按主管部门）" size="small">
        <Table
          rowKey="departmentId"
          size="small"
          pagination={false}
          dataSource={totals?.byDepartment ?? []}
          columns={[
            { title: '主管部门', dataIndex: 'departmentName' },
            { title: '收回金额（万元）', dataIndex: 'amount', align: 'right', render: (v: number) => wan(v) },
            { title: '笔数', dataIndex: 'count', align: 'right' },
            { title: '项目数', dataIndex: 'projects', align: 'right' },
          ]}
        />
      </Card>
      <Card
        title="处置记录"
        size="small"
        extra={
          <Select
            allowClear
            placeholder="处置方式"
            style={{ width: 160 }}
            value={kind}
            onChange={(k) => setFilters((f) => ({ ...f, kind: k }))}
            options={Object.entries(DISPOSAL_KIND_LABELS).map(([value, label]) => ({ value, label }))}
          />
        }
      >
        <Table<Disposal>
          rowKey="id"
          size="small"
          dataSource={rows}
          columns={[
            entryProjectColumn<Disposal>(),
            { title: '主管部门', dataIndex: 'departmentName' },
            { title: '处置方式', dataIndex: 'kind', render: (k: DisposalKind) => <Tag>{DISPOSAL_KIND_LABELS[k]}</Tag> },
            {
              title: '金额（万元）',
              dataIndex: 'amount',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : wan(v)),
            },
            {
              title: '处置后预算（万元）',
              dataIndex: 'budgetAfter',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : wan(v)),
            },
            { title: '理由', dataIndex: 'reason', ellipsis: true },
            { title: '审批人', dataIndex: 'approver' },
            { title: '时间', dataIndex: 'createdAt', render: dateTime },
          ]}
        />
      </Card>
      <PaymentHolds year={year} />
    </Space>
  );
}
