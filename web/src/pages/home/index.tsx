import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';

interface HomeStats {
  departments: number;
  budgetUnits: number;
  activeUsers: number;
  auditEventsToday: number;
}
interface Counts {
  todo: number;
  returned: number;
  overdue: number;
}

export default function Home() {
  const { me } = useAuth();
  const [stats, setStats] = useState<HomeStats | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    api.get<HomeStats>('/api/dashboard/home').then(setStats, () => undefined);
    api.get<Counts>('/api/inbox/counts').then(setCounts, () => undefined);
  }, []);
  return (
    <div>
      <Typography.Title level={4}>{me?.displayName}，您好</Typography.Title>
      <Row gutter={16}>
        <Col span={6}>
          <Card>
            <Link to="/inbox">
              <Statistic title="待办事项" value={counts?.todo ?? '—'} />
            </Link>
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title="被退回待处理"
              value={counts?.returned ?? '—'}
              valueStyle={{ color: counts?.returned ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title="已逾期"
              value={counts?.overdue ?? '—'}
              valueStyle={{ color: counts?.overdue ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title="今日操作记录" value={stats?.auditEventsToday ?? '—'} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={8}>
          <Card>
            <Statistic title="主管部门" value={stats?.departments ?? '—'} suffix="个" data-testid="stat-departments" />
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
    </div>
  );
}
