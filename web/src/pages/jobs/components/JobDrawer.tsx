import { Button, Descriptions, Drawer, message, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TJob } from '../../../../../core/contracts/jobs';
import { JOB_KIND_LABELS, JOB_STATUS_LABELS } from '../../../../../core/enums';
import { api } from '../../../api/request';
import { dateTime } from '../../../components/format';
import { type HistoryItem, HistoryTimeline } from '../../../components/HistoryDrawer';
import { jobFields } from '../job-fields';
import { JOB_STATUS_COLORS, REFRESH_MS } from '../status';

/** A job's payload or result: labelled rows, or its JSON. */
function Fields({ value }: { value: unknown }) {
  const f = jobFields(value);
  if (f.kind === 'empty') return <>—</>;
  if (f.kind === 'json') return <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{f.text}</pre>;
  return (
    <div>
      {f.rows.map((r) => (
        <div key={r.label}>
          <Typography.Text type="secondary">{r.label}：</Typography.Text>
          {r.value}
        </div>
      ))}
    </div>
  );
}

/** The error an audit event of a job recorded (a failed attempt's, or the one a manual retry cleared). */
function eventError(h: HistoryItem): string | null {
  const after = h.after as { error?: string | null } | null;
  const before = h.before as { error?: string | null } | null;
  if (after?.error) return after.error;
  if (h.action === 'requeue' && before?.error) return `上次错误：${before.error}`;
  return null;
}

/** Retries a failed job (the server checks the status and the role again); shown only when allowed. */
export function RetryButton({ job, onDone, size }: { job: TJob; onDone: () => void; size?: 'small' }) {
  const [busy, setBusy] = useState(false);
  if (!job.allowedActions.includes('retry')) return null;
  const retry = async () => {
    setBusy(true);
    try {
      await api.post(`/api/jobs/${job.id}/retry`);
      message.success(`任务 ${job.id} 已重新排队`);
      onDone();
    } catch {
      // the request wrapper has shown the server's message
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size={size}
      loading={busy}
      onClick={(e) => {
        e.stopPropagation();
        void retry();
      }}
    >
      重试
    </Button>
  );
}

/** 后台任务 detail: the job's fields, payload and result in Chinese, its history, and 重试 when allowed. */
export function JobDrawer({
  jobId,
  onClose,
  onChanged,
}: {
  jobId: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [job, setJob] = useState<TJob | null>(null);
  const [history, setHistory] = useState<HistoryItem[]>([]);
  const load = useCallback(async (id: number) => {
    const [detail, events] = await Promise.all([
      api.get<TJob>(`/api/jobs/${id}`),
      api.get<HistoryItem[]>('/api/audit/history', { entity: 'backgroundJob', entityId: id }),
    ]);
    setJob(detail);
    setHistory(events);
  }, []);
  useEffect(() => {
    setJob(null);
    setHistory([]);
    if (jobId !== null) void load(jobId).catch(() => undefined);
  }, [jobId, load]);
  const active = job?.status === 'queued' || job?.status === 'running';
  useEffect(() => {
    if (!active || jobId === null) return;
    const timer = setInterval(() => void load(jobId).catch(() => undefined), REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, jobId, load]);
  const changed = () => {
    onChanged();
    if (jobId !== null) void load(jobId).catch(() => undefined);
  };
  return (
    <Drawer
      title={job ? `后台任务 ${job.id}：${JOB_KIND_LABELS[job.kind] ?? job.kind}` : '后台任务'}
      open={jobId !== null}
      onClose={onClose}
      width={560}
      extra={job ? <RetryButton job={job} onDone={changed} /> : null}
    >
      {!job ? (
        <Spin />
      ) : (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="任务类型">{JOB_KIND_LABELS[job.kind] ?? job.kind}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={JOB_STATUS_COLORS[job.status]}>{JOB_STATUS_LABELS[job.status] ?? job.status}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="参数">
              <Fields value={job.payload} />
            </Descriptions.Item>
            <Descriptions.Item label="结果">
              <Fields value={job.result} />
            </Descriptions.Item>
            <Descriptions.Item label="错误">
              {job.error ? <Typography.Text type="danger">{job.error}</Typography.Text> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="尝试次数">{job.attempts}</Descriptions.Item>
            <Descriptions.Item label="提交人">{job.createdByName ?? '系统'}</Descriptions.Item>
            <Descriptions.Item label="提交时间">{dateTime(job.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="计划执行时间">{dateTime(job.runAfter)}</Descriptions.Item>
            <Descriptions.Item label="开始时间">{dateTime(job.startedAt)}</Descriptions.Item>
            <Descriptions.Item label="完成时间">{dateTime(job.finishedAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            操作历史
          </Typography.Title>
          <HistoryTimeline
            items={history}
            entity="backgroundJob"
            extra={(h) => {
              const error = eventError(h);
              return error ? <Typography.Text type="danger">{error}</Typography.Text> : null;
            }}
          />
        </>
      )}
    </Drawer>
  );
}
