import type { Tx } from '../../platform/db/client';

/** What every demo seeder receives: the transaction, the region and a deterministic random source. */
export interface SeedContext {
  tx: Tx;
  regionCode: string;
  passwordHash: string;
  /** Deterministic PRNG in [0, 1): the demo is the same on every machine. */
  random: () => number;
  /** Ids of org nodes by code, filled by the foundation seeder. */
  orgIds: Map<string, number>;
  /** Ids of demo users by username. */
  userIds: Map<string, number>;
}

export interface DemoAccount {
  username: string;
  label: string;
}

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
