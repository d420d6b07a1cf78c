import { Card, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TARGET_STATUS_LABELS, TARGET_STATUSES, type TargetStatus } from '../../../../../core/contracts/targets';
import { api } from '../../../api/request';
import { dateTime, wan } from '../../../components/format';

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

const color: Record<string, string> = {
  approved: 'green',
  returned: 'red',
  draft: 'default',
  submitted: 'blue',
  departmentApproved: 'cyan',
};

/** 绩效目标申报与审核: the scoped list of target declarations (latest version per project). */
export default function TargetListPage() {
  const [filters, setFilters] = useState<{ year: number; status?: string; q?: string }>({ year: 2026 });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: Row[]; total: number }>({ items: [], total: 0 });
  useEffect(() => {
    void api.get<typeof data>('/api/targets', { ...filters, page, pageSize: 20 }).then(setData, () => undefined);
  }, [filters, page]);
  const set = (p: Partial<typeof filters>) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...p }));
  };
  return (
    <Card title="绩效目标申报与审核">
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
          style={{ width: 150 }}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={TARGET_STATUSES.map((s) => ({ value: s, label: TARGET_STATUS_LABELS[s] }))}
        />
        <Input.Search allowClear placeholder="项目名称 / 编码" style={{ width: 240 }} onSearch={(q) => set({ q })} />
      </Space>
      <Table
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={{
          current: page,
          total: data.total,
          pageSize: 20,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 项`,
        }}
        columns={[
          { title: '项目编码', dataIndex: 'projectCode', width: 170 },
          {
            title: '项目名称',
            dataIndex: 'projectName',
            render: (v: string, r) => <Link to={`/targets/${r.id}`}>{v}</Link>,
          },
          { title: '预算单位', dataIndex: 'unitName', width: 220 },
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
