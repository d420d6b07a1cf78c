import { z, zYear } from '../zod';

export const ZAnnualReportQuery = z.object({
  year: zYear,
  format: z.enum(['json', 'docx', 'xlsx']).default('json'),
});

export const ZReportTemplateUpdate = z.object({
  year: zYear,
  paragraphs: z
    .array(z.object({ key: z.string().min(1).max(40), text: z.string().trim().min(1, '段落不能为空').max(5000) }))
    .min(1),
});

/** Every figure of the annual report, computed from rows (money in 分). */
export interface TAnnualFigures {
  year: number;
  regionName: string;
  policyDocuments: number;
  trainingSessions: number;
  trainingUnits: number;
  feedbackTickets: number;
  feedbackAnswered: number;
  exAnteProjects: number;
  exAnteCutFen: number;
  reviewUnits: number;
  reviewSuggestions: number;
  reviewReturned: number;
  monitoredProjects: number;
  monitoringRounds: number;
  recoveryFen: number;
  keyEvaluations: number;
  keyEvaluationKinds: string[];
  keyEvaluationBudgetTypes: string[];
  indicatorFields: number;
  indicatorCount: number;
  nextYear: number;
  rectificationTotal: number;
  rectificationClosed: number;
  resultsCutFen: number;
}

export interface TReportParagraph {
  key: string;
  /** The template as stored (with {placeholders}). */
  template: string;
  /** The template with figures inserted. */
  text: string;
  edited: boolean;
}

export interface TAnnualReport {
  figures: TAnnualFigures;
  title: string;
  paragraphs: TReportParagraph[];
  placeholders: { key: string; label: string; value: string }[];
}
