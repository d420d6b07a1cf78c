import { AuditOutlined, BankOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from './routes';

/** 系统管理: organisation, users, audit log, rule sets and background jobs (spread into ROUTES in menu order). */
export const SYSTEM_ROUTES: AppRoute[] = [
  {
    path: '/system/org',
    label: '机构管理',
    group: 'system',
    icon: <BankOutlined />,
    access: ['admin', 'finance'],
    element: lazy(() => import('../pages/org/index')),
  },
  {
    path: '/system/users',
    label: '用户管理',
    group: 'system',
    icon: <TeamOutlined />,
    access: ['admin'],
    element: lazy(() => import('../pages/users/index')),
  },
  {
    path: '/system/audit',
    label: '审计日志',
    group: 'system',
    icon: <AuditOutlined />,
    access: ['admin', 'leader'],
    element: lazy(() => import('../pages/audit/index')),
  },
  {
    path: '/system/rule-sets',
    label: '规则配置',
    group: 'system',
    icon: <SettingOutlined />,
    access: ['admin', 'finance'],
    element: lazy(() => import('../pages/rule-sets/index')),
  },
  {
    path: '/system/jobs',
    label: '后台任务',
    group: 'system',
    icon: <ScheduleOutlined />,
    access: ['admin', 'finance'],
    element: lazy(() => import('../pages/jobs/index')),
  },
];
