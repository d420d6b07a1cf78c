import { seedFoundation } from './foundation';
import type { SeedContext } from './types';

/**
 * Demo seeders in dependency order; each module appends its own. Figures the product reports are
 * computed from the rows these write, never stored as totals.
 */
export const SEEDERS: { name: string; run: (s: SeedContext) => Promise<void> }[] = [
  { name: 'foundation', run: seedFoundation },
];
