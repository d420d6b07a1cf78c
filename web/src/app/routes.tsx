import {
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
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { Role } from '../../../core/enums';
import { SYSTEM_ROUTES } from './routes-system';

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
  ...SYSTEM_ROUTES,
  {
    path: '/monitoring/rounds',
    label: '监控轮次与填报',
    group: 'monitoring',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/monitoring/rounds/index')),
  },
  {
    path: '/monitoring/rounds/:id',
    label: '监控轮次',
    group: 'monitoring',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/monitoring/round/index')),
  },
  {
    path: '/monitoring/entries/:id',
    label: '监控表',
    group: 'monitoring',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/monitoring/entry/index')),
  },
  {
    path: '/monitoring/warnings',
    label: '预警清单',
    group: 'monitoring',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/monitoring/warnings/index')),
  },
  {
    path: '/monitoring/key-projects',
    label: '重点项目跟踪',
    group: 'monitoring',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/monitoring/key-projects/index')),
  },
  {
    path: '/monitoring/recoveries',
    label: '预警处置与收回',
    group: 'monitoring',
    access: ['admin', 'finance', 'department', 'leader'],
    element: lazy(() => import('../pages/monitoring/recoveries/index')),
  },
  {
    path: '/rectification/items',
    label: '整改清单',
    group: 'rectification',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/rectification/list/index')),
  },
  {
    path: '/rectification/items/:id',
    label: '整改事项',
    group: 'rectification',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/rectification/detail/index')),
  },
  {
    path: '/rectification',
    label: '整改清单',
    group: 'rectification',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/rectification/list/index')),
  },
  {
    path: '/rectification/:id',
    label: '整改事项',
    group: 'rectification',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/rectification/detail/index')),
  },
  {
    path: '/rectification/results',
    label: '结果应用',
    group: 'rectification',
    access: ['admin', 'finance', 'department', 'leader'],
    element: lazy(() => import('../pages/results-application/index')),
  },
  {
    path: '/account/password',
    label: '修改密码',
    group: 'workbench',
    access: ALL,
    hidden: true,
    element: lazy(() => import('../pages/account/password-page')),
  },
  {
    path: '/evaluation/self-evaluations',
    label: '绩效自评',
    group: 'evaluation',
    access: ALL,
    element: lazy(() => import('../pages/self-evaluation/list/index')),
  },
  {
    path: '/evaluation/self-evaluations/:id',
    label: '绩效自评表',
    group: 'evaluation',
    access: ALL,
    hidden: true,
    element: lazy(() => import('../pages/self-evaluation/detail/index')),
  },
  {
    path: '/evaluation/reviews',
    label: '自评复核',
    group: 'evaluation',
    access: ['admin', 'finance', 'department', 'unit', 'expert', 'agency', 'leader'],
    element: lazy(() => import('../pages/reviews/list/index')),
  },
  {
    path: '/evaluation/reviews/findings',
    label: '复核建议台账',
    group: 'evaluation',
    access: ['admin', 'finance', 'department', 'unit', 'expert', 'agency', 'leader'],
    element: lazy(() => import('../pages/reviews/findings/index')),
  },
  {
    path: '/evaluation/reviews/screening',
    label: '自评全覆盖筛查',
    group: 'evaluation',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/reviews/screening/index')),
  },
  {
    path: '/evaluation/reviews/:id',
    label: '复核批次',
    group: 'evaluation',
    access: ALL,
    hidden: true,
    element: lazy(() => import('../pages/reviews/batch/index')),
  },
  {
    path: '/evaluation/reviews/samples/:id',
    label: '复核底稿',
    group: 'evaluation',
    access: ALL,
    hidden: true,
    element: lazy(() => import('../pages/reviews/sample/index')),
  },
  {
    path: '/evaluation/reviews/units/:unitId',
    label: '单位画像',
    group: 'evaluation',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/reviews/profile/index')),
  },
  {
    path: '/key-evaluations',
    label: '重点绩效评价',
    group: 'evaluation',
    access: ['admin', 'finance', 'department', 'unit', 'agency', 'leader'],
    element: lazy(() => import('../pages/key-evaluations/plan/index')),
  },
  {
    path: '/key-evaluations/:id',
    label: '评价详情',
    group: 'evaluation',
    access: ['admin', 'finance', 'department', 'unit', 'agency', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/key-evaluations/detail/index')),
  },
  {
    path: '/agencies',
    label: '第三方机构',
    group: 'evaluation',
    access: ['admin', 'finance', 'agency', 'leader'],
    element: lazy(() => import('../pages/agencies/list/index')),
  },
  {
    path: '/agencies/:id',
    label: '机构详情',
    group: 'evaluation',
    access: ['admin', 'finance', 'agency', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/agencies/detail/index')),
  },
  {
    path: '/agencies/engagements/:id',
    label: '机构委托',
    group: 'evaluation',
    access: ['admin', 'finance', 'agency', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/agencies/engagement/index')),
  },
  {
    path: '/framework/policies',
    label: '制度文件库',
    group: 'framework',
    access: ALL,
    element: lazy(() => import('../pages/policies/index')),
  },
  {
    path: '/framework/trainings',
    label: '政策宣讲',
    group: 'framework',
    access: ALL,
    element: lazy(() => import('../pages/trainings/index')),
  },
  {
    path: '/framework/feedback',
    label: '难点堵点反馈',
    group: 'framework',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/feedback/index')),
  },
  {
    path: '/framework/calendar',
    label: '工作日历',
    group: 'framework',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/work-calendar/index')),
  },
  {
    path: '/analytics/cockpit',
    label: '领导驾驶舱',
    group: 'analytics',
    access: ['admin', 'finance', 'leader'],
    element: lazy(() => import('../pages/cockpit/index')),
  },
  {
    path: '/analytics/annual-report',
    label: '年度工作说明',
    group: 'analytics',
    access: ['admin', 'finance', 'leader'],
    element: lazy(() => import('../pages/reports/index')),
  },
  {
    path: '/projects',
    label: '项目库',
    group: 'projects',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/projects/list/index')),
  },
  {
    path: '/projects/:id',
    label: '项目详情',
    group: 'projects',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/projects/detail/index')),
  },
  {
    path: '/indicators',
    label: '绩效指标库',
    group: 'projects',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/indicators/index')),
  },
  {
    path: '/targets',
    label: '绩效目标申报与审核',
    group: 'projects',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    element: lazy(() => import('../pages/targets/list/index')),
  },
  {
    path: '/targets/:id',
    label: '绩效目标',
    group: 'projects',
    access: ['admin', 'finance', 'department', 'unit', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/targets/detail/index')),
  },
  {
    path: '/ex-ante/assessments',
    label: '事前评估项目',
    group: 'exAnte',
    access: ['admin', 'finance', 'department', 'unit', 'expert', 'leader'],
    element: lazy(() => import('../pages/ex-ante/list/index')),
  },
  {
    path: '/ex-ante/assessments/:id',
    label: '事前评估详情',
    group: 'exAnte',
    access: ['admin', 'finance', 'department', 'unit', 'expert', 'leader'],
    hidden: true,
    element: lazy(() => import('../pages/ex-ante/detail/index')),
  },
  {
    path: '/ex-ante/experts',
    label: '专家库',
    group: 'exAnte',
    access: ['admin', 'finance', 'leader'],
    element: lazy(() => import('../pages/ex-ante/experts/index')),
  },
  {
    path: '/ex-ante/templates',
    label: '评分模板',
    group: 'exAnte',
    access: ['admin', 'finance'],
    element: lazy(() => import('../pages/ex-ante/templates/index')),
  },
  {
    path: '/ex-ante/rules',
    label: '评估规则',
    group: 'exAnte',
    access: ['admin', 'finance'],
    element: lazy(() => import('../pages/ex-ante/rules/index')),
  },
  {
    path: '/ex-ante/statistics',
    label: '评估统计',
    group: 'exAnte',
    access: ['admin', 'finance', 'department', 'leader'],
    element: lazy(() => import('../pages/ex-ante/statistics/index')),
  },
];

/** Routes the role may open. */
export function routesFor(role: Role) {
  return ROUTES.filter((r) => r.access.includes(role));
}
