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
