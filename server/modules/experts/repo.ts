import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { TExpert, TExpertAccount, TExpertListQuery } from '../../../core/contracts/experts';
import { experts, orgUnits, users } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';

const columns = {
  id: experts.id,
  name: experts.name,
  title: experts.title,
  employer: experts.employer,
  orgType: experts.orgType,
  orgId: experts.orgId,
  orgName: orgUnits.name,
  unitId: experts.unitId,
  departmentId: experts.departmentId,
  fieldCodes: experts.fieldCodes,
  phone: experts.phone,
  userId: experts.userId,
  username: users.username,
  active: experts.active,
  version: experts.version,
};

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(experts)
    .leftJoin(orgUnits, eq(orgUnits.id, experts.orgId))
    .leftJoin(users, eq(users.id, experts.userId));
}

export async function listExperts(db: DbOrTx, regionCode: string, f: TExpertListQuery): Promise<TExpert[]> {
  const conds: SQL[] = [eq(experts.regionCode, regionCode)];
  if (f.fieldCode) conds.push(sql`${experts.fieldCodes} @> ${JSON.stringify([f.fieldCode])}::jsonb`);
  if (f.active) conds.push(eq(experts.active, f.active === 'true'));
  if (f.q) conds.push(containsAny(f.q, [experts.name, experts.employer]));
  const rows = await base(db)
    .where(and(...conds))
    .orderBy(asc(experts.id));
  return rows as TExpert[];
}

export async function findExperts(db: DbOrTx, regionCode: string, ids: number[]): Promise<TExpert[]> {
  if (ids.length === 0) return [];
  const rows = await base(db).where(and(eq(experts.regionCode, regionCode), inArray(experts.id, ids)));
  return rows as TExpert[];
}

export async function findExpertByUser(db: DbOrTx, regionCode: string, userId: number) {
  const [row] = await db
    .select()
    .from(experts)
    .where(and(eq(experts.regionCode, regionCode), eq(experts.userId, userId)));
  return row;
}

/** Active expert-role accounts of the region that no pool entry is linked to. */
export async function unlinkedAccounts(db: DbOrTx, regionCode: string): Promise<TExpertAccount[]> {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName, orgName: orgUnits.name })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
    .leftJoin(experts, eq(experts.userId, users.id))
    .where(
      and(eq(users.regionCode, regionCode), eq(users.role, 'expert'), eq(users.status, 'active'), isNull(experts.id)),
    )
    .orderBy(asc(users.username));
}

/** An account of the region with the pool entries already linked to it (to check a link). */
export async function accountWithLinks(db: DbOrTx, regionCode: string, userId: number) {
  const [user] = await db
    .select({ id: users.id, role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.regionCode, regionCode), eq(users.id, userId)));
  if (!user) return undefined;
  const linked = await db.select({ id: experts.id }).from(experts).where(eq(experts.userId, userId));
  return { ...user, linkedExpertIds: linked.map((e) => e.id) };
}

/** Unit and department of an employer org node (null for external organisations). */
export async function orgPosition(db: DbOrTx, regionCode: string, orgId: number | null) {
  if (orgId === null) return { unitId: null, departmentId: null, found: true };
  const [org] = await db
    .select({ id: orgUnits.id, kind: orgUnits.kind, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.id, orgId)));
  if (!org) return { unitId: null, departmentId: null, found: false };
  return {
    unitId: org.kind === 'budgetUnit' ? org.id : null,
    departmentId: org.kind === 'budgetUnit' || org.kind === 'department' ? org.departmentId : null,
    found: true,
  };
}

export async function insertExpert(db: DbOrTx, row: typeof experts.$inferInsert) {
  const [created] = await db.insert(experts).values(row).returning();
  return created;
}

export async function updateExpert(db: DbOrTx, id: number, patch: Partial<typeof experts.$inferInsert>) {
  const [row] = await db
    .update(experts)
    .set({ ...patch, version: sql`${experts.version} + 1`, updatedAt: sql`now()` })
    .where(eq(experts.id, id))
    .returning();
  return row;
}
