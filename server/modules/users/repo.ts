import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { orgUnits, users } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  orgName: orgUnits.name,
  orgCode: orgUnits.code,
  phone: users.phone,
  status: users.status,
  mustChangePassword: users.mustChangePassword,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
};

export interface UserFilter {
  role?: (typeof users.$inferSelect)['role'];
  orgId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listUsers(db: DbOrTx, regionCode: string, f: UserFilter) {
  const conds: SQL[] = [eq(users.regionCode, regionCode)];
  if (f.role) conds.push(eq(users.role, f.role));
  if (f.orgId) conds.push(eq(users.orgId, f.orgId));
  if (f.q) conds.push(containsAny(f.q, [users.username, users.displayName]));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    db
      .select(columns)
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
      .where(where)
      .orderBy(asc(users.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: items.map(normalise), total: total.n };
}

function normalise<T extends { status: string }>(row: T) {
  return { ...row, status: row.status as 'active' | 'disabled' };
}

export async function findUser(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select({ ...columns, passwordHash: users.passwordHash })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
    .where(and(eq(users.regionCode, regionCode), eq(users.id, id)));
  return row ? normalise(row) : undefined;
}

export async function findByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row;
}

export async function updateUser(db: DbOrTx, id: number, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, id));
}
