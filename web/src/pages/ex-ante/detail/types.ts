import type { ScoringTemplate } from '../../../../../core/rules/ex-ante/template-types';

export interface CostLine {
  id: number;
  name: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  amount: number;
  basis: 'quota' | 'market' | 'history' | 'other';
  basisNote: string;
  benchmarkUnitPrice: number | null;
  issues: { code: string; message: string }[];
}
export interface Seat {
  id: number;
  expertId: number;
  expertName: string;
  expertTitle: string;
  employer: string;
  isLeader: boolean;
  status: 'assigned' | 'submitted';
  scores: Record<string, number>;
  comments: Record<string, string>;
  overallComment: string;
  mine: boolean;
}
export interface Detail {
  id: number;
  year: number;
  version: number;
  status: 'draft' | 'submitted' | 'returned' | 'scoring' | 'concluded';
  projectName: string;
  projectCode: string;
  unitName: string;
  departmentName: string;
  fieldCode: string;
  templateKind: 'project' | 'policy' | 'specialBond';
  necessity: string;
  implementationPlan: string;
  expectedBenefits: string;
  targetsDraft: string;
  mainOutput: string;
  outputQuantity: number | null;
  outputUnit: string;
  historyUnitCost: number | null;
  benchmarkUnitCost: number | null;
  requestedAmount: number;
  recommendedAmount: number | null;
  cutAmount: number | null;
  panelScore: number | null;
  bandConclusion: string | null;
  conclusion: string | null;
  overrideReason: string | null;
  opinion: string;
  returnReason: string | null;
  project: { id: number; status: string; approvedAmount: number | null; description: string };
  need: { required: boolean; reason: string };
  gate: { open: boolean; message: string; required: boolean };
  template: ScoringTemplate;
  materials: { code: string; label: string; required: boolean; uploaded: number }[];
  missing: string[];
  cost: {
    lines: CostLine[];
    total: number;
    unitCost: number | null;
    unitCostIssues: { message: string }[];
    flaggedLines: number;
  };
  panel: Seat[];
  progress: { total: number; submitted: number };
  preview: null | {
    score: number;
    band: string;
    complete: boolean;
    dimensionScores: Record<string, number>;
    pointScores: Record<string, number>;
    expertTotals: { expertId: string; total: number }[];
    droppedExpertIds: string[];
  };
  bands: { bands: { code: string; min: number }[]; fallback: string };
  trim: { trimFromExperts: number; trimEnabled: boolean };
  allowedActions: string[];
}
