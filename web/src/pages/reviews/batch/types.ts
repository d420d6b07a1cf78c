/** Tag colour of a sample's review status (batch list and workpaper). */
export const SAMPLE_COLORS: Record<string, string> = {
  pending: 'blue',
  returned: 'red',
  resubmitted: 'orange',
  passed: 'green',
};

export interface SampleRow {
  id: number;
  projectName: string;
  unitId: number;
  unitName: string;
  reasons: string;
  status: string;
  executionRate: number | null;
  selfTotal: number;
  selfGrade: string;
  reviewTotal: number | null;
  reviewGrade: string | null;
  findingCount: number;
  proposedCount: number;
}

export interface BatchDetail {
  id: number;
  name: string;
  year: number;
  workYear: number;
  status: string;
  closedAt: string | null;
  reopenReason: string | null;
  /** Figures frozen when the batch was closed (办结); null while open. */
  summary: Omit<BatchDetail['stats'], 'perUnit'> | null;
  samples: SampleRow[];
  allowedActions: string[];
  stats: {
    sampled: number;
    unitsReviewed: number;
    unitsWithSuggestions: number;
    suggestions: number;
    returns: number;
    closed: number;
    perUnit: {
      unitId: number;
      unitName: string;
      suggestions: number;
      executionGradeMatch: number;
      indicatorScience: number;
      evidenceSufficiency: number;
    }[];
  };
}
