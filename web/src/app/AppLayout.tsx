import { BellOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Dropdown, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/request';
import { useAuth } from './auth';
import { MENU_GROUPS, routesFor } from './routes';

interface Counts {
  todo: number;
  returned: number;
  overdue: number;
}

/** The admin shell: side menu by role, header with inbox counts and the user menu. */
export function AppLayout() {
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [counts, setCounts] = useState<Counts | null>(null);
  const [collapsed, setCollapsed] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh the badge on every navigation
  useEffect(() => {
    if (!me || me.mustChangePassword) return;
    api.get<Counts>('/api/inbox/counts').then(setCounts, () => undefined);
  }, [me, location.pathname]);

  if (!me) return null;
  const routes = routesFor(me.role as never).filter((r) => !r.hidden);
  const items = MENU_GROUPS.map((g) => ({
    key: g.key,
    icon: g.icon,
    label: g.label,
    children: routes.filter((r) => r.group === g.key).map((r) => ({ key: r.path, icon: r.icon, label: r.label })),
  })).filter((g) => g.children.length > 0);
  const selected = routes
    .map((r) => r.path)
    .filter((p) => p === location.pathname || (p !== '/' && location.pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} theme="dark">
        <div
          style={{
            color: '#fff',
            padding: '16px 20px',
            fontSize: collapsed ? 14 : 17,
            fontWeight: 600,
            whiteSpace: 'nowrap',
          }}
        >
          {collapsed ? '绩效' : '绩效 · 预算绩效管理'}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={MENU_GROUPS.map((g) => g.key)}
          items={items}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
          }}
        >
          <Typography.Text strong>
            {me.regionName} · {me.orgName}
          </Typography.Text>
          <Space size="large">
            <Badge count={counts ? counts.todo + counts.returned : 0} size="small">
              <BellOutlined
                style={{ fontSize: 18, cursor: 'pointer' }}
                onClick={() => navigate('/inbox')}
                aria-label="待办"
              />
            </Badge>
            <Dropdown
              menu={{
                items: [
                  { key: 'pw', icon: <KeyOutlined />, label: '修改密码', onClick: () => navigate('/account/password') },
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: '退出登录',
                    onClick: () => void logout().then(() => navigate('/login')),
                  },
                ],
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <UserOutlined />
                {/* One text node: Space would put a gap around each of the name, the brackets and the role. */}
                <span>{`${me.displayName}（${me.roleLabel}）`}</span>
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 16 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
