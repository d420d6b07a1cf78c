import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { routesFor } from '../../app/routes';
import { CalendarCard } from './components/CalendarCard';
import { TodoCard } from './components/TodoCard';

interface HomeStats {
  departments: number;
  budgetUnits: number;
  activeUsers: number;
  auditEventsToday: number;
  workYear: number | null;
}
interface Counts {
  todo: number;
  returned: number;
  overdue: number;
}

// The region-wide counts (organisations, accounts, today's operations) mean something to those who run the region;
// a department, a unit, an expert or an agency would read the district's figures, or "主管部门 0 个".
const REGION_STAT_ROLES = ['admin', 'finance', 'leader'];

export default function Home() {
  const { me } = useAuth();
  const [stats, setStats] = useState<HomeStats | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    api.get<HomeStats>('/api/dashboard/home').then(setStats, () => undefined);
    api.get<Counts>('/api/inbox/counts').then(setCounts, () => undefined);
  }, []);
  const regionStats = !!me && REGION_STAT_ROLES.includes(me.role);
  const seesCalendar = !!me && routesFor(me.role as never).some((r) => r.path === '/framework/calendar');
  const span = regionStats ? 6 : 8;
  return (
    <div>
      <Typography.Title level={4}>{me?.displayName}，您好</Typography.Title>
      <Row gutter={16}>
        <Col span={span}>
          <Card>
            <Link to="/inbox">
              <Statistic title="待办事项" value={counts?.todo ?? '—'} />
            </Link>
          </Card>
        </Col>
        <Col span={span}>
          <Card>
            <Statistic
              title="被退回待处理"
              value={counts?.returned ?? '—'}
              valueStyle={{ color: counts?.returned ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col span={span}>
          <Card>
            <Statistic
              title="已逾期"
              value={counts?.overdue ?? '—'}
              valueStyle={{ color: counts?.overdue ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        {regionStats ? (
          <Col span={span}>
            <Card>
              <Statistic title="今日操作记录" value={stats?.auditEventsToday ?? '—'} />
            </Card>
          </Col>
        ) : null}
      </Row>
      {regionStats ? (
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={8}>
            <Card>
              <Statistic
                title="主管部门"
                value={stats?.departments ?? '—'}
                suffix="个"
                data-testid="stat-departments"
              />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="预算单位" value={stats?.budgetUnits ?? '—'} suffix="个" data-testid="stat-units" />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="在用账号" value={stats?.activeUsers ?? '—'} suffix="个" />
            </Card>
          </Col>
        </Row>
      ) : null}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={seesCalendar ? 14 : 24}>
          <TodoCard total={counts?.todo} />
        </Col>
        {seesCalendar ? (
          <Col span={10}>
            <CalendarCard year={stats ? stats.workYear : undefined} />
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
