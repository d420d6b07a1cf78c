import { and, eq } from 'drizzle-orm';
import { users } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import type { SeedContext } from './types';

/** Who a seeder acts as: an actor and an address for audit rows, without a pool-level db (seeds write through tx). */
export type SeedActor = Pick<Ctx, 'actor' | 'ip'>;

/** The demo finance officer as the actor of writes the seed makes through module functions taking (tx, actor). */
export async function seedFinanceActor(s: SeedContext): Promise<SeedActor | null> {
  const [finance] = await s.tx
    .select()
    .from(users)
    .where(and(eq(users.regionCode, s.regionCode), eq(users.username, 'finance')));
  if (!finance) return null;
  return {
    actor: {
      userId: finance.id,
      username: finance.username,
      displayName: finance.displayName,
      role: 'finance',
      regionCode: s.regionCode,
      orgId: finance.orgId,
      departmentId: null,
      unitId: null,
    },
    ip: '127.0.0.1',
  };
}
