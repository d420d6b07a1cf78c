import { FEEDBACK_STATUSES, LOOP_STAGES } from '../enums';
import { z, zPage, zText, zYear } from '../zod';

export const ZFeedbackInput = z.object({
  stage: z.enum(LOOP_STAGES),
  title: zText(200),
  question: zText(2000),
});

export const ZFeedbackAnswer = z
  .object({
    answer: zText(2000),
    publish: z.boolean().default(false),
    ruleChange: z.boolean().default(false),
    ruleChangeNote: z.string().trim().max(500).nullable().default(null),
    version: z.number().int().optional(),
  })
  .refine((v) => !v.ruleChange || (v.ruleChangeNote ?? '').length > 0, {
    message: '转为制度或指引修订时请说明修订内容',
    path: ['ruleChangeNote'],
  });
export type TFeedbackAnswer = z.infer<typeof ZFeedbackAnswer>;

export const ZFeedbackPublish = z.object({ published: z.boolean(), version: z.number().int().optional() });

export const ZFeedbackListQuery = zPage.extend({
  year: zYear.optional(),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  stage: z.enum(LOOP_STAGES).optional(),
  q: z.string().trim().max(100).optional(),
});
export type TFeedbackListQuery = z.infer<typeof ZFeedbackListQuery>;

export const ZFaqQuery = zPage.extend({
  q: z.string().trim().max(100).optional(),
  stage: z.enum(LOOP_STAGES).optional(),
});

export interface TFeedback {
  id: number;
  year: number;
  unitId: number;
  unitName: string;
  stage: string;
  title: string;
  question: string;
  status: string;
  answer: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  published: boolean;
  ruleChange: boolean;
  ruleChangeNote: string | null;
  raisedByName: string | null;
  raisedAt: string;
  /** Hours from raising to answering (null while open). */
  responseHours: number | null;
  version: number;
  allowedActions?: string[];
}
