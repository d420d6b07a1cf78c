/** Reference look-ups shared by the project library, indicator library, targets and expert pool (fields, budget units). */
import { and, eq } from 'drizzle-orm';
import { fields, orgUnits } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';

/** Field codes → names of the region. */
export async function fieldMap(db: DbOrTx, regionCode: string) {
  const rows = await db
    .select({ code: fields.code, name: fields.name })
    .from(fields)
    .where(eq(fields.regionCode, regionCode));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Throws VALIDATION_FAILED for an unknown key-field code. */
export async function assertField(db: DbOrTx, regionCode: string, code: string) {
  return assertFields(db, regionCode, [code]);
}

/** Throws VALIDATION_FAILED naming the first of `codes` that is not a key field of the region. */
export async function assertFields(db: DbOrTx, regionCode: string, codes: readonly string[]) {
  const map = await fieldMap(db, regionCode);
  const unknown = codes.find((code) => !map.has(code));
  if (unknown !== undefined) throw new AppError('VALIDATION_FAILED', `重点领域编码“${unknown}”不存在`);
}

/** The budget unit with its department, or VALIDATION_FAILED when the id is not a budget unit of the region. */
export async function budgetUnit(db: DbOrTx, regionCode: string, unitId: number) {
  const [row] = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      departmentId: orgUnits.departmentId,
      kind: orgUnits.kind,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.regionCode, regionCode)));
  if (row?.kind !== 'budgetUnit' || row.departmentId === null) {
    throw new AppError('VALIDATION_FAILED', '预算单位不存在');
  }
  return { ...row, departmentId: row.departmentId };
}
