/** A link to the list behind a number: a web route of the owning module with its filter. */
export interface Drill {
  path: string;
  query: Record<string, string | number>;
}

/** Where each cockpit number leads (the owning module's list page and its query parameters). */
export const drill = {
  projects: (year: number): Drill => ({ path: '/projects', query: { year } }),
  exAnte: (year: number, status = 'concluded'): Drill => ({ path: '/ex-ante/assessments', query: { year, status } }),
  targets: (year: number): Drill => ({ path: '/targets', query: { year, status: 'approved' } }),
  monitoring: (year: number, extra: Record<string, string | number> = {}): Drill => ({
    path: '/monitoring/warnings',
    query: { year, ...extra },
  }),
  recoveries: (year: number): Drill => ({ path: '/monitoring/recoveries', query: { year, kind: 'recoverFunds' } }),
  selfEvaluations: (year: number, extra: Record<string, string | number> = {}): Drill => ({
    path: '/evaluation/self-evaluations',
    query: { year, ...extra },
  }),
  reviews: (year: number, extra: Record<string, string | number> = {}): Drill => ({
    path: '/evaluation/reviews',
    query: { year, ...extra },
  }),
  /** 复核建议台账: the findings of the batches reviewed in a work year (as the cockpit counts them). */
  reviewFindings: (workYear: number, extra: Record<string, string | number> = {}): Drill => ({
    path: '/evaluation/reviews/findings',
    query: { workYear, ...extra },
  }),
  keyEvaluations: (year: number): Drill => ({ path: '/key-evaluations', query: { year } }),
  /** An agency's detail page (its engagements by 年度); the registry itself has no year to filter by. */
  agency: (id: number): Drill => ({ path: `/agencies/${id}`, query: {} }),
  rectification: (year: number, extra: Record<string, string | number> = {}): Drill => ({
    path: '/rectification',
    query: { year, ...extra },
  }),
  results: (year: number): Drill => ({ path: '/rectification/results', query: { year } }),
  trainings: (year: number): Drill => ({ path: '/framework/trainings', query: { year } }),
  feedback: (year: number): Drill => ({ path: '/framework/feedback', query: { year } }),
};
