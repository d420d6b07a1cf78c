import { Card, Empty, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { TInboxTask } from '../../../../../core/contracts/inbox';
import { api } from '../../../api/request';

const SHOWN = 6;

/** The first open tasks of 我的待办 (oldest deadline first, as the inbox orders them), with a link to the rest. */
export function TodoCard({ total }: { total: number | undefined }) {
  const [tasks, setTasks] = useState<TInboxTask[] | null>(null);
  useEffect(() => {
    api.get<{ items: TInboxTask[] }>('/api/inbox', { tab: 'todo', page: 1, pageSize: SHOWN }).then(
      (r) => setTasks(r.items),
      () => setTasks([]),
    );
  }, []);
  return (
    <Card
      title="我的待办"
      extra={<Link to="/inbox">{total !== undefined && total > SHOWN ? `查看全部 ${total} 项` : '查看全部'}</Link>}
      data-testid="home-todo"
    >
      <List
        loading={tasks === null}
        dataSource={tasks ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" /> }}
        renderItem={(t) => (
          <List.Item
            extra={
              t.deadline ? (
                <Tag color={t.overdue ? 'red' : 'blue'}>
                  {t.overdue ? `已逾期 ${t.deadline}` : `截止 ${t.deadline}`}
                </Tag>
              ) : null
            }
          >
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
              <Link to={t.link}>{t.title}</Link>
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
