import { Card, Empty, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { businessDate } from '../../../../../core/business-time';
import type { TMilestone } from '../../../../../core/contracts/work-calendar';
import { LOOP_STAGE_LABELS, type LoopStage } from '../../../../../core/enums';
import { api } from '../../../api/request';
import { homeMilestones, MILESTONE_STATUS_LABELS, milestoneStatus } from './milestone-status';

const SHOWN = 6;

/** The region's work calendar of `year` on the home page: what is overdue or under way first, then the rest. */
/** `year` undefined while the home counts load; null when the region has no calendar yet. */
export function CalendarCard({ year }: { year: number | null | undefined }) {
  const [rows, setRows] = useState<TMilestone[] | null>(null);
  useEffect(() => {
    if (year === null || year === undefined) return;
    api.get<TMilestone[]>('/api/work-calendar', { year }).then(setRows, () => setRows([]));
  }, [year]);
  const today = businessDate();
  const shown = rows ? homeMilestones(rows, today, SHOWN) : [];
  return (
    <Card
      title={year ? `${year}年度工作日历` : '工作日历'}
      extra={year ? <Link to={`/framework/calendar?year=${year}`}>查看全部</Link> : null}
      data-testid="home-calendar"
    >
      <List
        loading={year === undefined || (year !== null && rows === null)}
        dataSource={shown}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未安排年度工作节点" /> }}
        renderItem={(m) => {
          const status = MILESTONE_STATUS_LABELS[milestoneStatus(m, today)];
          return (
            <List.Item extra={<Tag color={status.color}>{status.text}</Tag>}>
              <List.Item.Meta
                title={<Typography.Text ellipsis>{m.title}</Typography.Text>}
                description={`${LOOP_STAGE_LABELS[m.stage as LoopStage] ?? m.stage} · ${m.startOn} 至 ${m.dueOn}`}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
