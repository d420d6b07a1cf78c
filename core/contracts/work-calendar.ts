import { LOOP_STAGES } from '../enums';
import { z, zYear } from '../zod';
import { zDate } from './policies';

export const CALENDAR_RESPONSIBLE = ['finance', 'department', 'unit', 'agency', 'expert'] as const;

export const ZMilestoneInput = z
  .object({
    year: zYear,
    stage: z.enum(LOOP_STAGES),
    title: z.string().trim().min(1, '不能为空').max(200),
    startOn: zDate,
    dueOn: zDate,
    responsibleRole: z.enum(CALENDAR_RESPONSIBLE),
    description: z.string().trim().max(1000).default(''),
    remindDaysBefore: z.number().int().min(0, '不能为负数').max(90, '最多提前 90 天').default(7),
    version: z.number().int().optional(),
  })
  .refine((v) => v.dueOn >= v.startOn, { message: '截止日期不能早于开始日期', path: ['dueOn'] });
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;

export const ZMilestoneCancel = z.object({
  reason: z.string().trim().min(1, '请填写取消原因').max(200),
  version: z.number().int(),
});

export const ZCalendarQuery = z.object({ year: zYear });

export interface TMilestone {
  id: number;
  year: number;
  stage: string;
  title: string;
  startOn: string;
  dueOn: string;
  responsibleRole: string;
  description: string;
  remindDaysBefore: number;
  remindedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** For finance: the reminder window has opened and no reminder was sent yet. */
  remindDue?: boolean;
  version: number;
  /** For a unit or department: whether it has marked its own milestone done. */
  done?: boolean;
  overdue?: boolean;
}

/** Units that have not completed milestones past their deadline. */
export interface TOverdueUnit {
  unitId: number;
  unitCode: string;
  unitName: string;
  overdue: { milestoneId: number; title: string; dueOn: string }[];
}
