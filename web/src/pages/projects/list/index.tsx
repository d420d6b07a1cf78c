import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Statistic, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  PROJECT_KIND_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  type ProjectKind,
  type ProjectStatus,
  type TProjectRow,
} from '../../../../../core/contracts/projects';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES, type BudgetType } from '../../../../../core/enums';
import { api, download } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { wan } from '../../../components/format';
import { NewProjectButton } from './NewProject';

interface Page {
  items: TProjectRow[];
  total: number;
  sums: { requested: number; approved: number; adjusted: number };
}

/** 项目库: scoped list with filters, totals in 万元 and xlsx export. */
export default function ProjectListPage() {
  const { me } = useAuth();
  const [filters, setFilters] = useState<Record<string, string | number | undefined>>({ year: 2026 });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page>({ items: [], total: 0, sums: { requested: 0, approved: 0, adjusted: 0 } });
  const [fields, setFields] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => {
    void api.get<typeof fields>('/api/org/fields').then(setFields, () => undefined);
  }, []);
  useEffect(() => {
    void api.get<Page>('/api/projects', { ...filters, page, pageSize: 20 }).then(setData, () => undefined);
  }, [filters, page]);
  const set = (p: Record<string, string | number | undefined>) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...p }));
  };
  const fieldName = (c: string) => fields.find((f) => f.code === c)?.name ?? c;
  return (
    <Card
      title="项目库"
      extra={
        <Space>
          {me && ['unit', 'department', 'finance', 'admin'].includes(me.role) && <NewProjectButton fields={fields} />}
          <Button icon={<DownloadOutlined />} onClick={() => download('/api/projects/export', filters)}>
            导出
          </Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          value={filters.year}
          style={{ width: 110 }}
          onChange={(year) => set({ year })}
          options={[2024, 2025, 2026].map((y) => ({ value: y, label: `${y}年度` }))}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 130 }}
          onChange={(status) => set({ status })}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: PROJECT_STATUS_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="重点领域"
          style={{ width: 150 }}
          onChange={(fieldCode) => set({ fieldCode })}
          options={fields.map((f) => ({ value: f.code, label: f.name }))}
        />
        <Select
          allowClear
          placeholder="预算类型"
          style={{ width: 160 }}
          onChange={(budgetType) => set({ budgetType })}
          options={BUDGET_TYPES.map((b) => ({ value: b, label: BUDGET_TYPE_LABELS[b] }))}
        />
        <Input.Search allowClear placeholder="项目名称 / 编码" style={{ width: 220 }} onSearch={(q) => set({ q })} />
      </Space>
      <Space size={48} style={{ marginBottom: 12 }}>
        <Statistic title="项目数" value={data.total} />
        <Statistic title="申报金额（万元）" value={wan(data.sums.requested)} />
        <Statistic title="年初预算（万元）" value={wan(data.sums.approved)} />
        <Statistic title="调整后预算（万元）" value={wan(data.sums.adjusted)} />
      </Space>
      <Table
        rowKey="id"
        dataSource={data.items}
        pagination={{
          current: page,
          total: data.total,
          pageSize: 20,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 项`,
        }}
        columns={[
          { title: '项目编码', dataIndex: 'code', width: 170 },
          { title: '项目名称', dataIndex: 'name', render: (v: string, r) => <Link to={`/projects/${r.id}`}>{v}</Link> },
          { title: '预算单位', dataIndex: 'unitName', width: 200 },
          { title: '领域', dataIndex: 'fieldCode', width: 110, render: fieldName },
          {
            title: '预算类型',
            dataIndex: 'budgetType',
            width: 140,
            render: (v: string) => BUDGET_TYPE_LABELS[v as BudgetType],
          },
          {
            title: '类型',
            dataIndex: 'projectKind',
            width: 110,
            render: (v: string) => PROJECT_KIND_LABELS[v as ProjectKind],
          },
          { title: '申报（万元）', dataIndex: 'requestedAmount', width: 120, align: 'right', render: wan },
          { title: '调整后预算（万元）', dataIndex: 'adjustedAmount', width: 140, align: 'right', render: wan },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: string) => <Tag>{PROJECT_STATUS_LABELS[s as ProjectStatus] ?? s}</Tag>,
          },
          {
            title: '重点',
            dataIndex: 'keyProject',
            width: 60,
            render: (k: boolean) => (k ? <Tag color="gold">重点</Tag> : null),
          },
        ]}
      />
    </Card>
  );
}
