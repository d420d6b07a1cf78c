/** A second-level scoring point (二级评分要点) of an ex-ante scoring template. */
export interface TemplatePoint {
  code: string;
  name: string;
  weight: number;
  /** Chinese scoring guidance shown to experts (评分标准). */
  guidance: string;
}

/** A first-level dimension (一级维度) such as 立项必要性. */
export interface TemplateDimension {
  code: string;
  name: string;
  weight: number;
  points: TemplatePoint[];
}

/** An ex-ante assessment scoring template (事前绩效评估评分表). */
export interface ScoringTemplate {
  code: string;
  name: string;
  dimensions: TemplateDimension[];
}

/** Codes of the five default dimensions. */
export const exAnteDimensionCodes = ['necessity', 'economy', 'targets', 'feasibility', 'financing'] as const;
export type ExAnteDimensionCode = (typeof exAnteDimensionCodes)[number];

export const exAnteDimensionLabels: Record<ExAnteDimensionCode, string> = {
  necessity: '立项必要性',
  economy: '投入经济性',
  targets: '绩效目标合理性',
  feasibility: '实施方案可行性',
  financing: '筹资合规性',
};

/** Short builder used by the default templates. */
export function point(code: string, name: string, weight: number, guidance: string): TemplatePoint {
  return { code, name, weight, guidance };
}

/** Builds a dimension from its code (name from the labels) and points. */
export function dimension(code: ExAnteDimensionCode, weight: number, points: TemplatePoint[]): TemplateDimension {
  return { code, name: exAnteDimensionLabels[code], weight, points };
}

/** All points of a template, flattened, with their dimension code. */
export function templatePoints(template: ScoringTemplate): (TemplatePoint & { dimensionCode: string })[] {
  return template.dimensions.flatMap((d) => d.points.map((p) => ({ ...p, dimensionCode: d.code })));
}
