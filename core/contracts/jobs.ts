import { JOB_KINDS, JOB_STATUSES, type JobKind, type JobStatus } from '../enums';
import { z, zPage, zYear } from '../zod';

export const ZJobListQuery = zPage.extend({
  status: z.enum(JOB_STATUSES).optional(),
  kind: z.enum(JOB_KINDS).optional(),
});
export type TJobListQuery = z.infer<typeof ZJobListQuery>;

/** Payload of `monitoring.recomputeYear`: every round of the job's region and this year. */
/** Payload of the job kinds that work on a region's year (every kind so far). */
export const ZYearPayload = z.object({ year: zYear });

export const ZMonitoringRecomputeRequest = ZYearPayload;

/** What the caller may do with a job: `retry` puts a failed job back in the queue (admin and finance). */
export const JOB_ACTIONS = ['retry'] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

/**
 * A job on the list and GET /api/jobs/:id, with the buttons the caller may press; its audit events come from
 * /api/audit/history (entity `backgroundJob`).
 */
export interface TJob {
  id: number;
  kind: JobKind;
  targetRegion: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  runAfter: string;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result: unknown;
  error: string | null;
  allowedActions: JobAction[];
}
