import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../platform/db/client';
import { agencyRoutes } from './agencies/routes';
import { attachmentRoutes } from './attachments/routes';
import { auditRoutes } from './audit-log/routes';
import { authRoutes } from './auth/routes';
import { dashboardRoutes } from './dashboard/routes';
import { cockpitRoutes } from './dashboard-analytics/routes';
import { exAnteRoutes } from './ex-ante/routes';
import { expertRoutes } from './experts/routes';
import { feedbackRoutes } from './feedback/routes';
import { inboxRoutes } from './inbox/routes';
import { indicatorRoutes } from './indicators/routes';
import { jobRoutes } from './jobs/routes';
import { keyEvaluationRoutes } from './key-evaluations/routes';
import { monitoringRoutes } from './monitoring/routes';
import { orgRoutes } from './org/routes';
import { policyRoutes } from './policies/routes';
import { projectRoutes } from './projects/routes';
import { rectificationRoutes } from './rectification/routes';
import { reportRoutes } from './reports/routes';
import { resultsApplicationRoutes } from './results-application/routes';
import { reviewRoutes } from './reviews/routes';
import { ruleSetRoutes } from './rule-sets/routes';
import { selfEvaluationRoutes } from './self-evaluation/routes';
import { targetRoutes } from './targets/routes';
import { trainingRoutes } from './trainings/routes';
import { userRoutes } from './users/routes';
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
  jobRoutes,
  projectRoutes,
  indicatorRoutes,
  targetRoutes,
  policyRoutes,
  trainingRoutes,
  feedbackRoutes,
  workCalendarRoutes,
  rectificationRoutes,
  monitoringRoutes,
  resultsApplicationRoutes,
  selfEvaluationRoutes,
  reviewRoutes,
  exAnteRoutes,
  expertRoutes,
  keyEvaluationRoutes,
  agencyRoutes,
  cockpitRoutes,
  reportRoutes,
];
