import { Card, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { TInboxTask as Task } from '../../../../core/contracts/inbox';
import { taskKindLabel } from '../../../../core/enums';
import { api } from '../../api/request';
import { dateTime } from '../../components/format';

/** The task's link, and its note underneath when the workflow left one (a return comment, an overdue notice). */
function TaskTitle({ task }: { task: Task }) {
  return (
    <>
      <Link to={task.link}>{task.title}</Link>
      {task.note && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: task.note }} style={{ margin: 0 }}>
          {task.flavor === 'returned' ? `退回意见：${task.note}` : task.note}
        </Typography.Paragraph>
      )}
    </>
  );
}

export default function Inbox() {
  const [tab, setTab] = useState<'todo' | 'returned' | 'done'>('todo');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: Task[]; total: number }>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setLoading(true);
    api
      .get<{ items: Task[]; total: number }>('/api/inbox', { tab, page, pageSize: 20 })
      .then(setData, () => undefined)
      .finally(() => setLoading(false));
  }, [tab, page]);
  return (
    <Card title="我的待办">
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as typeof tab);
          setPage(1);
        }}
        items={[
          { key: 'todo', label: '待办' },
          { key: 'returned', label: '被退回' },
          { key: 'done', label: '已办' },
        ]}
      />
      <Table<Task>
        rowKey="id"
        loading={loading}
        dataSource={data.items}
        pagination={{
          current: page,
          total: data.total,
          pageSize: 20,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 条`,
        }}
        columns={[
          { title: '事项', dataIndex: 'title', render: (_, r) => <TaskTitle task={r} /> },
          { title: '事项类型', dataIndex: 'kind', width: 200, render: taskKindLabel },
          {
            title: '截止日期',
            dataIndex: 'deadline',
            width: 140,
            render: (d: string | null, r) =>
              d ? <Tag color={r.overdue ? 'red' : 'blue'}>{r.overdue ? `已逾期 ${d}` : d}</Tag> : '—',
          },
          {
            title: tab === 'done' ? '办理时间' : '发起时间',
            width: 180,
            render: (_, r) => dateTime(tab === 'done' ? r.doneAt : r.createdAt),
          },
        ]}
      />
    </Card>
  );
}
