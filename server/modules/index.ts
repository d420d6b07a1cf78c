import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../platform/db/client';
import { attachmentRoutes } from './attachments/routes';
import { auditRoutes } from './audit-log/routes';
import { authRoutes } from './auth/routes';
import { dashboardRoutes } from './dashboard/routes';
import { inboxRoutes } from './inbox/routes';
import { orgRoutes } from './org/routes';
import { rectificationRoutes } from './rectification/routes';
import { ruleSetRoutes } from './rule-sets/routes';
import { userRoutes } from './users/routes';

import { feedbackRoutes } from './feedback/routes';
import { policyRoutes } from './policies/routes';
import { trainingRoutes } from './trainings/routes';
import { workCalendarRoutes } from './work-calendar/routes';

export type ModuleRoutes = (app: FastifyInstance, opts: { db: Db; config: Config }) => Promise<void>;

/** Every capability's route plugin, registered in this order. */
export const modules: ModuleRoutes[] = [
  authRoutes,
  orgRoutes,
  userRoutes,
  auditRoutes,
  inboxRoutes,
  attachmentRoutes,
  dashboardRoutes,
  ruleSetRoutes,
  policyRoutes,
  trainingRoutes,
  feedbackRoutes,
  workCalendarRoutes,
  rectificationRoutes,
];
