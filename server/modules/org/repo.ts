import { and, asc, eq, type SQL } from 'drizzle-orm';
import { type Actor, REGION_WIDE_ROLES } from '../../../core/access';
import type { OrgKind } from '../../../core/enums';
import { fields, fiscalYears, orgUnits, regions } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';

/** Org nodes visible to the actor: region-wide roles see all; departments their subtree; units themselves. */
function visibleOrg(actor: Actor): SQL {
  const region = eq(orgUnits.regionCode, actor.regionCode);
  if (REGION_WIDE_ROLES.includes(actor.role)) return region;
  if (actor.role === 'department' && actor.departmentId) {
    return and(region, eq(orgUnits.departmentId, actor.departmentId)) as SQL;
  }
  return and(region, eq(orgUnits.id, actor.orgId)) as SQL;
}

export async function listOrgUnits(
  db: DbOrTx,
  actor: Actor,
  f: { kind?: OrgKind; departmentId?: number; q?: string; includeInactive?: boolean },
) {
  const conds: SQL[] = [visibleOrg(actor)];
  if (f.kind) conds.push(eq(orgUnits.kind, f.kind));
  if (f.departmentId) conds.push(eq(orgUnits.departmentId, f.departmentId));
  if (f.q) conds.push(containsAny(f.q, [orgUnits.name, orgUnits.code]));
  if (!f.includeInactive) conds.push(eq(orgUnits.active, true));
  return db
    .select()
    .from(orgUnits)
    .where(and(...conds))
    .orderBy(asc(orgUnits.sort), asc(orgUnits.code));
}

export async function findOrgUnit(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(visibleOrg(actor), eq(orgUnits.id, id)));
  return row;
}

export async function findOrgByCode(db: DbOrTx, regionCode: string, code: string) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.code, code)));
  return row;
}

export async function insertOrgUnit(db: DbOrTx, values: typeof orgUnits.$inferInsert) {
  const [row] = await db.insert(orgUnits).values(values).returning();
  return row;
}

export async function updateOrgUnit(db: DbOrTx, id: number, values: Partial<typeof orgUnits.$inferInsert>) {
  const [row] = await db.update(orgUnits).set(values).where(eq(orgUnits.id, id)).returning();
  return row;
}

export async function listRegions(db: DbOrTx, actor: Actor) {
  return db.select().from(regions).where(eq(regions.code, actor.regionCode));
}

export async function listFields(db: DbOrTx, regionCode: string) {
  return db.select().from(fields).where(eq(fields.regionCode, regionCode)).orderBy(asc(fields.sort), asc(fields.code));
}

export async function findField(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(fields)
    .where(and(eq(fields.regionCode, regionCode), eq(fields.id, id)));
  return row;
}

export async function insertField(db: DbOrTx, values: typeof fields.$inferInsert) {
  const [row] = await db.insert(fields).values(values).returning();
  return row;
}

export async function updateField(db: DbOrTx, id: number, values: Partial<typeof fields.$inferInsert>) {
  const [row] = await db.update(fields).set(values).where(eq(fields.id, id)).returning();
  return row;
}

export async function listFiscalYears(db: DbOrTx, regionCode: string) {
  return db.select().from(fiscalYears).where(eq(fiscalYears.regionCode, regionCode)).orderBy(asc(fiscalYears.year));
}

export async function insertFiscalYear(db: DbOrTx, regionCode: string, year: number) {
  const [row] = await db.insert(fiscalYears).values({ regionCode, year }).returning();
  return row;
}

export async function findBureau(db: DbOrTx, regionCode: string) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.kind, 'bureau')));
  return row;
}
