import { seedExAnte } from './ex-ante';
import { seedFoundation } from './foundation';
import { seedFramework } from './framework';
import { seedKeyEvaluations } from './key-evaluations';
import { seedProjects } from './projects';
import type { SeedContext } from './types';

/**
 * Demo seeders in dependency order; each module appends its own. Figures the product reports are
 * computed from the rows these write, never stored as totals.
 */
export const SEEDERS: { name: string; run: (s: SeedContext) => Promise<void> }[] = [
  { name: 'foundation', run: seedFoundation },
  { name: 'projects', run: seedProjects },
  { name: 'ex-ante', run: seedExAnte },
  { name: 'key-evaluations', run: seedKeyEvaluations },
  { name: 'framework', run: seedFramework },
];
