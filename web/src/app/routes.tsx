import {
  AuditOutlined,
  BankOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FundOutlined,
  InboxOutlined,
  LineChartOutlined,
  ProjectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { Role } from '../../../core/enums';

/** One entry of the route table: path, menu label and which roles may open it. */
export interface AppRoute {
  path: string;
  label: string;
  group: string;
  icon?: ReactNode;
  access: readonly Role[];
  element: ReturnType<typeof lazy>;
  /** Hidden from the menu (detail pages). */
  hidden?: boolean;
}

export const ALL: readonly Role[] = ['admin', 'finance', 'department', 'unit', 'expert', 'agency', 'leader'];

/** Side-menu groups in loop order; a group shows only when the role can open one of its routes. */
export const MENU_GROUPS: { key: string; label: string; icon: ReactNode }[] = [
  { key: 'workbench', label: '工作台', icon: <DashboardOutlined /> },
  { key: 'projects', label: '项目与目标', icon: <ProjectOutlined /> },
  { key: 'exAnte', label: '事前绩效评估', icon: <SafetyCertificateOutlined /> },
  { key: 'monitoring', label: '运行监控', icon: <LineChartOutlined /> },
  { key: 'evaluation', label: '绩效评价', icon: <FileSearchOutlined /> },
  { key: 'rectification', label: '整改与结果应用', icon: <CheckSquareOutlined /> },
  { key: 'framework', label: '制度体系', icon: <ReadOutlined /> },
  { key: 'analytics', label: '驾驶舱与报告', icon: <FundOutlined /> },
  { key: 'system', label: '系统管理', icon: <SettingOutlined /> },
];

/**
 * The single route table: the menu, the router and the access guard all read it. Each module adds its
 * pages here (one line each, in its menu group); detail pages use `hidden: true` and a `:id` path.
 */
export const ROUTES: AppRoute[] = [
  {
    path: '/',
    label: '首页',
    group: 'workbench',
    icon: <DashboardOutlined />,
    access: ALL,
    element: lazy(() => import('../pages/home/index')),
  },
  {
    path: '/inbox',
    label: '我的待办',
    group: 'workbench',
    icon: <InboxOutlined />,
    access: ALL,
    element: lazy(() => import('../pages/inbox/index')),
  },
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
    path: '/account/password',
    label: '修改密码',
    group: 'workbench',
    access: ALL,
    hidden: true,
    element: lazy(() => import('../pages/account/password-page')),
  },
];

/** Routes the role may open. */
export function routesFor(role: Role) {
  return ROUTES.filter((r) => r.access.includes(role));
}
