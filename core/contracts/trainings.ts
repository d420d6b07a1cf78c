import { TRAINING_MODES } from '../enums';
import { z, zId, zPage, zText, zYear } from '../zod';
import { zDate } from './policies';

export const ZTrainingInput = z.object({
  title: zText(200),
  mode: z.enum(TRAINING_MODES),
  topic: z.string().trim().max(1000).default(''),
  heldOn: zDate,
  location: z.string().trim().max(200).default(''),
  audience: z.string().trim().max(200).default(''),
  speaker: z.string().trim().max(100).default(''),
  unitIds: z.array(zId).max(5000).default([]),
  version: z.number().int().optional(),
});
export type TTrainingInput = z.infer<typeof ZTrainingInput>;

/** Cancelling a session: why, and the version the user saw. */
export const ZTrainingCancel = z.object({
  reason: z.string().trim().min(1, '请填写取消原因').max(200),
  version: z.number().int(),
});

/** One row of a sign-in sheet (签到表): the unit by code, or by its full name when the code is left blank. */
export const ZAttendanceRow = z
  .object({
    unitCode: z.string().trim().max(40).default(''),
    unitName: z.string().trim().max(100).default(''),
    signer: z.string().trim().max(40).default(''),
  })
  .refine((r) => r.unitCode !== '' || r.unitName !== '', {
    message: '单位编码与单位名称至少填写一项',
    path: ['unitCode'],
  });
export type TAttendanceRow = z.infer<typeof ZAttendanceRow>;

export const ZTrainingListQuery = zPage.extend({ year: zYear.optional() });

export interface TTraining {
  id: number;
  year: number;
  title: string;
  mode: string;
  topic: string;
  heldOn: string;
  location: string;
  audience: string;
  speaker: string;
  unitCount: number;
  version: number;
  cancelledAt: string | null;
  cancelReason: string | null;
}

/** Coverage of budget units by training in one year. */
export interface TTrainingCoverage {
  year: number;
  sessions: number;
  unitsReached: number;
  budgetUnits: number;
  byMode: { mode: string; sessions: number }[];
  notReached: { id: number; code: string; name: string }[];
}
