import { LOOP_STAGES, POLICY_CATEGORIES } from '../enums';
import { z, zPage, zText } from '../zod';

const zDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export { zDate };

/** A policy document as entered by finance (a revision takes the same fields plus a note). */
export const ZPolicyInput = z
  .object({
    title: zText(200),
    docNo: zText(60),
    issuer: zText(100),
    issuedOn: zDate,
    category: z.enum(POLICY_CATEGORIES),
    validFrom: zDate,
    validTo: zDate.nullable().default(null),
    summary: z.string().trim().max(1000).default(''),
    bodyText: z.string().max(200_000).default(''),
  })
  .refine((v) => v.validTo === null || v.validTo >= v.validFrom, {
    message: '失效日期不能早于生效日期',
    path: ['validTo'],
  });
export type TPolicyInput = z.infer<typeof ZPolicyInput>;

export const ZPolicyRevision = z.object({
  revision: ZPolicyInput,
  revisionNote: zText(500),
  version: z.number().int().optional(),
});

export const ZPolicyListQuery = zPage.extend({
  q: z.string().trim().max(100).optional(),
  category: z.enum(POLICY_CATEGORIES).optional(),
  /** Finance may list superseded versions too. */
  includeSuperseded: z.coerce.boolean().optional(),
});
export type TPolicyListQuery = z.infer<typeof ZPolicyListQuery>;

export interface TPolicy {
  id: number;
  seriesId: number;
  versionNo: number;
  isCurrent: boolean;
  title: string;
  docNo: string;
  issuer: string;
  issuedOn: string;
  category: string;
  validFrom: string;
  validTo: string | null;
  summary: string;
  revisionNote: string | null;
  supersededById: number | null;
  version: number;
  /** Matching excerpt of the body text for a search hit. */
  excerpt?: string;
}

export { LOOP_STAGES };
