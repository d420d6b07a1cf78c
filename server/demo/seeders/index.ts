import { seedExAnte } from './ex-ante';
import { seedFoundation } from './foundation';
import { seedFramework } from './framework';
import { seedKeyEvaluations } from './key-evaluations';
import { seedMonitoring } from './monitoring';
import { seedProjects } from './projects';
import { seedRectification } from './rectification';
import { seedResultsApplication } from './results-application';
import { seedReviews } from './reviews';
import { seedSelfEvaluations } from './self-evaluation';
import type { SeedContext } from './types';

/**
 * Demo seeders in dependency order; each module appends its own. Figures the product reports are
 * computed from the rows these write, never stored as totals.
 */
export const SEEDERS: { name: string; run: (s: SeedContext) => Promise<void> }[] = [
  { name: 'foundation', run: seedFoundation },
  { name: 'projects', run: seedProjects },
  { name: 'ex-ante', run: seedExAnte },
  { name: 'monitoring', run: seedMonitoring },
  { name: 'self-evaluation', run: seedSelfEvaluations },
  { name: 'reviews', run: seedReviews },
  { name: 'key-evaluations', run: seedKeyEvaluations },
  { name: 'rectification', run: seedRectification },
  { name: 'results-application', run: seedResultsApplication },
  { name: 'framework', run: seedFramework },
];
