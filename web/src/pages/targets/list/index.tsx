import { Card, Table, Tag } from 'antd';
import { TARGET_STATUS_LABELS, TARGET_STATUSES, type TargetStatus } from '../../../../../core/contracts/targets';
import { dateTime, wan } from '../../../components/format';
import { ListFilters, ProjectSearch, YearSelect } from '../../../components/ListFilters';
import { projectColumns } from '../../../components/projectColumns';
import { StatusSelect } from '../../../components/StatusSelect';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { usePagedList } from '../../../components/usePagedList';

interface Row {
  id: number;
  year: number;
  versionNo: number;
  status: string;
  projectCode: string;
  projectName: string;
  requestedAmount: number;
  unitName: string;
  departmentName: string;
  indicatorCount: number;
  submittedAt: string | null;
}

type Filters = { year: number; status?: string; q?: string };

const color: Record<string, string> = {
  approved: 'green',
  returned: 'red',
  draft: 'default',
  submitted: 'blue',
  departmentApproved: 'cyan',
};

/** 绩效目标申报与审核: the scoped list of target declarations (latest version per project). */
export default function TargetListPage() {
  const year = useDefaultYear('budget');
  const { filters, set, data, pagination } = usePagedList<Row, Filters>('/api/targets', { year });
  return (
    <Card title="绩效目标申报与审核">
      <ListFilters>
        <YearSelect value={filters.year} onChange={(year) => set({ year })} />
        <StatusSelect
          value={filters.status}
          statuses={TARGET_STATUSES}
          labels={TARGET_STATUS_LABELS}
          onChange={(status) => set({ status })}
        />
        <ProjectSearch onSearch={(q) => set({ q })} />
      </ListFilters>
      <Table
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={pagination}
        scroll={{ x: true }}
        columns={[
          ...projectColumns<Row>((r) => `/targets/${r.id}`, { code: 170, unit: 220 }),
          { title: '申报金额（万元）', dataIndex: 'requestedAmount', width: 140, align: 'right', render: wan },
          { title: '指标数', dataIndex: 'indicatorCount', width: 80 },
          { title: '版本', dataIndex: 'versionNo', width: 70, render: (v: number) => `V${v}` },
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (s: string) => <Tag color={color[s]}>{TARGET_STATUS_LABELS[s as TargetStatus] ?? s}</Tag>,
          },
          { title: '提交时间', dataIndex: 'submittedAt', width: 150, render: dateTime },
        ]}
      />
    </Card>
  );
}
