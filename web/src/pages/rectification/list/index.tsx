import { BellOutlined, DownloadOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, message, Row, Select, Space, Statistic, Table, Tabs } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATUS_LABELS,
  RECTIFICATION_STATUSES,
  type RectificationSource,
  type TRectificationRow,
  type TRectificationStats,
} from '../../../../../core/contracts/rectification';
import { api, download } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { CodeSelect, ListFilters, YearSelect } from '../../../components/ListFilters';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { usePagedList } from '../../../components/usePagedList';
import { Chart } from '../components/Chart';
import { SeverityTag, StatusTag } from '../components/labels';
import { ManualEntry } from '../components/ManualEntry';
import { groupOption, trendOption } from '../components/options';

interface Filters {
  year: number;
  status?: string;
  source?: string;
  departmentId?: number;
  unitId?: number;
  overdue?: string;
  q?: string;
}

/** 整改清单: every source in one list, with the dashboard of closure and overdue. */
export default function RectificationListPage() {
  const { me } = useAuth();
  const isFinance = me?.role === 'finance' || me?.role === 'admin';
  // Drill-downs from the cockpit arrive with their filters (status, source, overdue …) in the address.
  const list = usePagedList<TRectificationRow, Filters>('/api/rectifications', { year: useDefaultYear('work') });
  const { filters, set, data, pagination } = list;
  const [stats, setStats] = useState<TRectificationStats | null>(null);
  const [entering, setEntering] = useState(false);
  const loadStats = useCallback(() => {
    void api
      .get<TRectificationStats>('/api/rectifications/stats', { year: filters.year })
      .then(setStats, () => undefined);
  }, [filters.year]);
  useEffect(() => loadStats(), [loadStats]);
  const load = () => {
    void list.load();
    loadStats();
  };
  const remind = async () => {
    const r = await api.post<{ reminded: number; alreadyReminded: number }>('/api/rectifications/remind', {
      year: filters.year,
    });
    message.success(
      `已向 ${r.reminded} 个逾期事项的责任单位发送催办${r.alreadyReminded ? `（${r.alreadyReminded} 项此前已催办）` : ''}`,
    );
  };
  const trend = useMemo(() => (stats ? trendOption(stats.monthly) : null), [stats]);
  const byDept = useMemo(() => (stats ? groupOption(stats.byDepartment) : null), [stats]);
  const bySource = useMemo(() => (stats ? groupOption(stats.bySource) : null), [stats]);

  const columns = [
    {
      title: '来源',
      dataIndex: 'source',
      width: 110,
      render: (s: string) => RECTIFICATION_SOURCE_LABELS[s as RectificationSource] ?? s,
    },
    { title: '整改单位', dataIndex: 'unitName', width: 180, ellipsis: true },
    {
      title: '问题',
      dataIndex: 'problem',
      ellipsis: true,
      render: (p: string, r: TRectificationRow) => <Link to={`/rectification/items/${r.id}`}>{p}</Link>,
    },
    { title: '关联项目', dataIndex: 'projectName', width: 180, ellipsis: true, render: (n: string | null) => n ?? '—' },
    { title: '程度', dataIndex: 'severity', width: 70, render: (s: string) => <SeverityTag severity={s} /> },
    { title: '整改期限', dataIndex: 'deadline', width: 110 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 150,
      render: (s: string, r: TRectificationRow) => <StatusTag status={s} overdue={r.overdue} />,
    },
    {
      title: '操作',
      width: 130,
      render: (_: unknown, r: TRectificationRow) => (
        <Space>
          <Link to={`/rectification/items/${r.id}`}>查看</Link>
          <a onClick={() => download('/api/rectifications/notice', { unitId: r.unitId, year: r.year })}>通知书</a>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col span={5}>
          <Card>
            <Statistic title="整改事项" value={stats?.total ?? 0} suffix="项" />
          </Card>
        </Col>
        <Col span={5}>
          <Card>
            <Statistic title="已销号" value={stats?.closed ?? 0} suffix="项" valueStyle={{ color: '#389e0d' }} />
          </Card>
        </Col>
        <Col span={5}>
          <Card>
            <Statistic
              title="销号率"
              value={stats?.closureRate === null || !stats ? '—' : (stats.closureRate * 100).toFixed(2)}
              suffix="%"
            />
          </Card>
        </Col>
        <Col span={5}>
          <Card>
            <Statistic title="未销号" value={stats?.open ?? 0} suffix="项" />
          </Card>
        </Col>
        <Col span={4}>
          <Card>
            <a onClick={() => set({ overdue: 'true' })}>
              <Statistic title="逾期未整改" value={stats?.overdue ?? 0} suffix="项" valueStyle={{ color: '#cf1322' }} />
            </a>
          </Card>
        </Col>
      </Row>
      <Card
        title="整改清单"
        extra={
          <Space>
            {isFinance && (
              <Button icon={<PlusOutlined />} onClick={() => setEntering(true)}>
                录入审计整改事项
              </Button>
            )}
            {isFinance && (
              <Button icon={<BellOutlined />} onClick={remind}>
                逾期催办
              </Button>
            )}
            {filters.unitId && (
              <Button
                icon={<FileWordOutlined />}
                onClick={() => download('/api/rectifications/notice', { unitId: filters.unitId, year: filters.year })}
              >
                单位整改通知书
              </Button>
            )}
            <Button icon={<DownloadOutlined />} onClick={() => download('/api/rectifications/export', { ...filters })}>
              导出清单
            </Button>
          </Space>
        }
      >
        <ListFilters>
          <YearSelect value={filters.year} suffix="年" width={100} onChange={(year) => set({ year })} />
          <CodeSelect
            placeholder="整改来源"
            width={150}
            value={filters.source}
            codes={RECTIFICATION_SOURCES}
            labels={RECTIFICATION_SOURCE_LABELS}
            onChange={(source) => set({ source })}
          />
          <CodeSelect
            placeholder="状态"
            value={filters.status}
            codes={RECTIFICATION_STATUSES}
            labels={RECTIFICATION_STATUS_LABELS}
            onChange={(status) => set({ status })}
          />
          <Select
            allowClear
            placeholder="是否逾期"
            style={{ width: 110 }}
            value={filters.overdue}
            onChange={(overdue) => set({ overdue })}
            options={[
              { value: 'true', label: '逾期' },
              { value: 'false', label: '未逾期' },
            ]}
          />
          {stats && stats.byDepartment.length > 1 && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="主管部门"
              style={{ width: 200 }}
              value={filters.departmentId}
              onChange={(departmentId) => set({ departmentId, unitId: undefined })}
              options={stats.byDepartment.map((d) => ({ value: Number(d.key), label: d.label }))}
            />
          )}
          {stats && stats.byUnit.length > 1 && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="整改单位"
              style={{ width: 220 }}
              value={filters.unitId}
              onChange={(unitId) => set({ unitId })}
              options={stats.byUnit.map((d) => ({ value: Number(d.key), label: d.label }))}
            />
          )}
          <Input.Search allowClear placeholder="搜索问题或要求" style={{ width: 220 }} onSearch={(q) => set({ q })} />
        </ListFilters>
        <Table<TRectificationRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data.items}
          pagination={pagination}
        />
      </Card>
      {stats && trend && (
        <Card>
          <Tabs
            items={[
              { key: 'trend', label: '销号率与逾期趋势', children: <Chart option={trend} height={320} /> },
              { key: 'dept', label: '按主管部门', children: byDept && <Chart option={byDept} height={380} /> },
              { key: 'source', label: '按整改来源', children: bySource && <Chart option={bySource} height={300} /> },
            ]}
          />
        </Card>
      )}
      {entering && <ManualEntry year={filters.year} onClose={() => setEntering(false)} onSaved={load} />}
    </Space>
  );
}
