import type { TargetFinding } from '../../../../../core/rules/targets/index';

export interface IndicatorRow {
  id?: number;
  key: string;
  level1: string;
  level2: string;
  name: string;
  operator: string;
  targetValue: string;
  unit: string;
  weight: number;
  valueNote?: string;
  basis?: string;
  libraryIndicatorId: number | null;
  reviewComment?: string | null;
}

export interface TargetDetail {
  id: number;
  year: number;
  versionNo: number;
  isCurrent: boolean;
  status: string;
  overallGoal: string;
  annualGoal: string;
  adjustReason: string | null;
  returnComment: string | null;
  version: number;
  project: {
    id: number;
    code: string;
    name: string;
    unitName: string;
    departmentName: string;
    requestedAmount: number;
    fieldCode: string;
    previousProjectId: number | null;
  };
  indicators: (Omit<IndicatorRow, 'key'> & { id: number })[];
  findings: TargetFinding[];
  lastYearActuals: Record<string, number>;
  versions: { id: number; versionNo: number; isCurrent: boolean; status: string; adjustReason: string | null }[];
  allowedActions: string[];
}

let seq = 0;
export const newKey = () => `k${Date.now().toString(36)}${(seq++).toString(36)}`;
