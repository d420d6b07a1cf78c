import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  PROJECT_KIND_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  type ProjectKind,
  type ProjectStatus,
  type TProjectListPage,
  type TProjectRow,
} from '../../../../../core/contracts/projects';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES, type BudgetType } from '../../../../../core/enums';
import { download } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { wan } from '../../../components/format';
import { CodeSelect, FieldSelect, ListFilters, ProjectSearch, YearSelect } from '../../../components/ListFilters';
import { NAME_CELL_STYLE } from '../../../components/projectColumns';
import { StatusSelect } from '../../../components/StatusSelect';
import { useFields } from '../../../components/useFields';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { usePagedList } from '../../../components/usePagedList';
import { ImportProjects } from './ImportProjects';
import { NewProjectButton } from './NewProject';

type Filters = { year: number; status?: string; fieldCode?: string; budgetType?: string; q?: string };

/** 项目库: scoped list with filters, totals in 万元 and xlsx export. */
export default function ProjectListPage() {
  const { me } = useAuth();
  const fields = useFields();
  const year = useDefaultYear('budget');
  const { filters, set, data, load, pagination } = usePagedList<TProjectRow, Filters, TProjectListPage>(
    '/api/projects',
    { year },
    { empty: { items: [], total: 0, totalCapped: false, sums: { requested: 0, approved: 0, adjusted: 0 } } },
  );
  const fieldName = (c: string) => fields.find((f) => f.code === c)?.name ?? c;
  const editor = !!me && ['unit', 'department', 'finance', 'admin'].includes(me.role);
  return (
    <Card
      title="项目库"
      extra={
        <Space>
          {editor && <NewProjectButton fields={fields} />}
          {editor && <ImportProjects onImported={() => void load()} />}
          <Button icon={<DownloadOutlined />} onClick={() => download('/api/projects/export', filters)}>
            导出
          </Button>
        </Space>
      }
    >
      <ListFilters>
        <YearSelect value={filters.year} onChange={(year) => set({ year })} />
        <StatusSelect
          value={filters.status}
          statuses={PROJECT_STATUSES}
          labels={PROJECT_STATUS_LABELS}
          onChange={(status) => set({ status })}
        />
        <FieldSelect fields={fields} onChange={(fieldCode) => set({ fieldCode })} />
        <CodeSelect
          placeholder="预算类型"
          width={160}
          codes={BUDGET_TYPES}
          labels={BUDGET_TYPE_LABELS}
          onChange={(budgetType) => set({ budgetType })}
        />
        <ProjectSearch width={220} onSearch={(q) => set({ q })} />
      </ListFilters>
      <Space size={48} style={{ marginBottom: 12 }}>
        <Statistic title="项目数" value={data.totalCapped ? `${data.total.toLocaleString('en-US')}+` : data.total} />
        <Statistic title="申报金额（万元）" value={wan(data.sums?.requested)} />
        <Statistic title="年初预算（万元）" value={wan(data.sums?.approved)} />
        <Statistic title="调整后预算（万元）" value={wan(data.sums?.adjusted)} />
        {data.totalCapped && (
          <Typography.Text type="secondary">
            匹配项目过多，未计算金额合计，请输入更具体的关键字或增加筛选条件
          </Typography.Text>
        )}
      </Space>
      <Table
        rowKey="id"
        dataSource={data.items}
        pagination={pagination}
        scroll={{ x: true }}
        columns={[
          {
            title: '项目编码',
            dataIndex: 'code',
            width: 150,
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
          },
          {
            title: '项目名称',
            dataIndex: 'name',
            render: (v: string, r) => (
              <Link to={`/projects/${r.id}`} style={NAME_CELL_STYLE}>
                {v}
              </Link>
            ),
          },
          { title: '预算单位', dataIndex: 'unitName', width: 180 },
          { title: '领域', dataIndex: 'fieldCode', width: 110, render: fieldName },
          {
            title: '预算类型',
            dataIndex: 'budgetType',
            width: 130,
            render: (v: string) => BUDGET_TYPE_LABELS[v as BudgetType],
          },
          {
            title: '类型',
            dataIndex: 'projectKind',
            width: 100,
            render: (v: string) => PROJECT_KIND_LABELS[v as ProjectKind],
          },
          { title: '申报（万元）', dataIndex: 'requestedAmount', width: 120, align: 'right', render: wan },
          { title: '调整后预算（万元）', dataIndex: 'adjustedAmount', width: 140, align: 'right', render: wan },
          {
            title: '状态',
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <Tag>{PROJECT_STATUS_LABELS[s as ProjectStatus] ?? s}</Tag>,
          },
          {
            title: '重点',
            dataIndex: 'keyProject',
            width: 70,
            render: (k: boolean) => (k ? <Tag color="gold">重点</Tag> : null),
          },
        ]}
      />
    </Card>
  );
}
