import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  SELF_EVALUATION_STATUS_LABELS,
  SELF_EVALUATION_STATUSES,
  type SelfEvaluationStatus,
} from '../../../../../core/contracts/self-evaluation';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { dateTime, wan } from '../../../components/format';
import { GradeTag, STATUS_COLORS } from '../shared';

interface Row {
  id: number;
  year: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  annualBudget: number;
  executedAmount: number;
  executionRate: number | null;
  total: number;
  grade: string;
  status: SelfEvaluationStatus;
  reviewReturned: boolean;
  submittedAt: string | null;
}

/** 绩效自评: the scoped list of self-evaluation forms; finance generates a year's forms from approved targets. */
export default function SelfEvaluationListPage() {
  const { me } = useAuth();
  const [filters, setFilters] = useState<{ year: number; status?: string; grade?: string; keyword?: string }>({
    year: 2024,
  });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: Row[]; total: number }>({ items: [], total: 0 });
  const load = useCallback(
    () =>
      api.get<typeof data>('/api/self-evaluations', { ...filters, page, pageSize: 20 }).then(setData, () => undefined),
    [filters, page],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const set = (p: Partial<typeof filters>) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...p }));
  };
  const generate = async () => {
    const res = await api.post<{ created: number }>('/api/self-evaluations/generate', { year: filters.year });
    void load();
    return res;
  };
  return (
    <Card
      title="项目支出绩效自评"
      extra={
        me && ['finance', 'admin'].includes(me.role) ? (
          <Button onClick={generate}>生成 {filters.year} 年度自评表</Button>
        ) : null
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
          style={{ width: 150 }}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={SELF_EVALUATION_STATUSES.map((s) => ({ value: s, label: SELF_EVALUATION_STATUS_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="自评等级"
          style={{ width: 110 }}
          value={filters.grade}
          onChange={(grade) => set({ grade })}
          options={['优', '良', '中', '差'].map((g) => ({ value: g, label: g }))}
        />
        <Input.Search
          allowClear
          placeholder="项目名称 / 编码"
          style={{ width: 240 }}
          onSearch={(keyword) => set({ keyword: keyword || undefined })}
        />
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
          { title: '项目编码', dataIndex: 'projectCode', width: 160 },
          {
            title: '项目名称',
            dataIndex: 'projectName',
            render: (v: string, r) => <Link to={`/evaluation/self-evaluations/${r.id}`}>{v}</Link>,
          },
          { title: '预算单位', dataIndex: 'unitName', width: 200 },
          { title: '全年预算（万元）', dataIndex: 'annualBudget', width: 130, align: 'right', render: wan },
          {
            title: '执行率',
            dataIndex: 'executionRate',
            width: 90,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : `${v}%`),
          },
          { title: '自评得分', dataIndex: 'total', width: 90, align: 'right' },
          { title: '等级', dataIndex: 'grade', width: 70, render: (g: string) => <GradeTag grade={g} /> },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: SelfEvaluationStatus, r) => (
              <Space size={4}>
                <Tag color={STATUS_COLORS[s]}>{SELF_EVALUATION_STATUS_LABELS[s]}</Tag>
                {r.reviewReturned ? <Tag color="volcano">复核退回</Tag> : null}
              </Space>
            ),
          },
          { title: '提交时间', dataIndex: 'submittedAt', width: 140, render: dateTime },
        ]}
      />
    </Card>
  );
}
