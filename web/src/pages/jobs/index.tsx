import { Button, Card, message, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { TJob } from '../../../../core/contracts/jobs';
import { JOB_KIND_LABELS, JOB_KINDS, JOB_STATUS_LABELS, JOB_STATUSES, type JobStatus } from '../../../../core/enums';
import { api } from '../../api/request';
import { dateTime } from '../../components/format';
import { CodeSelect, ListFilters, YearSelect } from '../../components/ListFilters';
import { StatusSelect } from '../../components/StatusSelect';
import { useDefaultYear } from '../../components/useFiscalYears';
import { usePagedList } from '../../components/usePagedList';
import { JobDrawer, RetryButton } from './components/JobDrawer';
import { JOB_STATUS_COLORS, REFRESH_MS } from './status';

type Filters = { status?: string; kind?: string };

/** What a finished job did, in a line (counts by kind; an unknown kind shows its raw result). */
function resultText(job: TJob) {
  const r = job.result as Record<string, number> | null;
  if (!r) return '—';
  if (job.kind === 'monitoring.recomputeYear')
    return `${r.rounds} 轮 ${r.entries} 张监控表，预警改变：监控表 ${r.changedEntries}、指标 ${r.changedIndicators}`;
  if (job.kind === 'reviews.rerunChecks')
    return `${r.batches} 个批次 ${r.samples} 个在审样本，生成待确认问题 ${r.findings} 条`;
  return JSON.stringify(r);
}

/**
 * 后台任务: the region's background jobs (warning recomputes after a rule change …), refreshed while they run; a
 * row opens its detail drawer, a failed one can be retried.
 */
export default function JobsPage() {
  const { filters, set, data, load, pagination } = usePagedList<TJob, Filters>('/api/jobs', {}, { unit: '个任务' });
  const [year, setYear] = useState(useDefaultYear('work'));
  const [openId, setOpenId] = useState<number | null>(null);
  const active = data.items.some((j) => j.status === 'queued' || j.status === 'running');
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, load]);
  const recompute = async () => {
    await api.post('/api/jobs/monitoring-recompute', { year });
    message.success(`已加入后台任务：重新计算 ${year} 年度全部监控轮次的预警`);
    void load();
  };
  return (
    <Card
      title="后台任务"
      extra={
        <Space>
          <YearSelect value={year} onChange={setYear} />
          <Button onClick={() => void recompute().catch(() => undefined)}>重新计算全年预警</Button>
        </Space>
      }
    >
      <ListFilters>
        <StatusSelect
          value={filters.status}
          statuses={JOB_STATUSES}
          labels={JOB_STATUS_LABELS}
          onChange={(status) => set({ status })}
        />
        <CodeSelect
          placeholder="任务类型"
          width={200}
          value={filters.kind}
          codes={JOB_KINDS}
          labels={JOB_KIND_LABELS}
          onChange={(kind) => set({ kind })}
        />
        {active ? <Typography.Text type="secondary">任务执行中，列表每 3 秒自动刷新</Typography.Text> : null}
      </ListFilters>
      <Table<TJob>
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={pagination}
        onRow={(j) => ({ onClick: () => setOpenId(j.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '编号', dataIndex: 'id', width: 70 },
          { title: '任务', dataIndex: 'kind', width: 180, render: (k: TJob['kind']) => JOB_KIND_LABELS[k] ?? k },
          {
            title: '参数',
            dataIndex: 'payload',
            width: 90,
            render: (p: { year?: number }) => (p?.year ? `${p.year} 年度` : '—'),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 100,
            render: (s: JobStatus) => <Tag color={JOB_STATUS_COLORS[s]}>{JOB_STATUS_LABELS[s] ?? s}</Tag>,
          },
          { title: '尝试次数', dataIndex: 'attempts', width: 80, align: 'right' },
          { title: '提交人', dataIndex: 'createdByName', width: 100, render: (n: string | null) => n ?? '系统' },
          { title: '提交时间', dataIndex: 'createdAt', width: 130, render: dateTime },
          { title: '完成时间', dataIndex: 'finishedAt', width: 130, render: dateTime },
          {
            title: '结果',
            key: 'result',
            ellipsis: true,
            render: (_: unknown, j: TJob) =>
              j.error ? (
                <Tooltip title={j.error}>
                  <Typography.Text type="danger">
                    {j.status === 'queued' ? `${dateTime(j.runAfter)} 重试：` : ''}
                    {j.error}
                  </Typography.Text>
                </Tooltip>
              ) : (
                resultText(j)
              ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, j: TJob) => <RetryButton job={j} size="small" onDone={() => void load()} />,
          },
        ]}
      />
      <JobDrawer jobId={openId} onClose={() => setOpenId(null)} onChanged={() => void load()} />
    </Card>
  );
}
