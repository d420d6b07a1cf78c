/** 项目库导入: xlsx with the export's columns → draft projects, all-or-nothing, one audit event. */
import type { TProjectImportResult } from '../../../core/contracts/projects-import';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { assertNoRowErrors, type RowError, readSheet } from '../../platform/excel';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { projectColumns } from './excel';
import { assertRowLimit, rowLimitError } from './import-limit';
import { budgetUnitsOf, insertProjects, insertSteps, takenCodes } from './import-repo';
import { projectImportSchema, type TProjectImported } from './import-rows';
import { PROJECT_EDITORS } from './policy';
import { fieldMap } from './refs';
import * as repo from './repo';

type Row = { row: number; value: TProjectImported };

/**
 * Rows per import. One import is one transaction; at ~800 rows/s (see the indicator import bench) 20,000 rows take
 * under a minute, while 10^5 rows would hold the transaction for minutes: such files are refused, to be split.
 */
export const PROJECT_IMPORT_MAX_ROWS = 20_000;

const NOTE = '导入的项目均为草稿；“年初预算”“调整后预算”“状态”“重点跟踪”为导出专用列，导入时不读取';

/** Per-row errors for codes repeated within the file or already used in the region for that year. */
function duplicateErrors(rows: Row[], taken: Set<string>): RowError[] {
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { row, value } of rows) {
    const { year, code } = value.input;
    if (!code) continue;
    const key = `${year}|${code}`;
    if (taken.has(key)) errors.push({ row, column: '项目编码', message: `${year}年度已存在项目编码“${code}”` });
    const first = seen.get(key);
    if (first) errors.push({ row, column: '项目编码', message: `与第 ${first} 行项目编码重复` });
    else seen.set(key, row);
  }
  return errors;
}

/** Codes `<year>-<unitCode>-NNN` for rows left blank, continuing after the region's and the file's highest. */
async function generateCodes(tx: Tx, regionCode: string, rows: Row[]) {
  const next = new Map<string, number>();
  const suffix = (code: string, prefix: string) =>
    code.startsWith(prefix) ? Number(code.slice(prefix.length)) || 0 : 0;
  let generated = 0;
  for (const { value } of rows) {
    if (value.input.code) continue;
    const prefix = `${value.input.year}-${value.unit.code}-`;
    let n = next.get(prefix);
    if (n === undefined) {
      const fromDb = suffix(await repo.nextCode(tx, regionCode, value.input.year, value.unit.code), prefix) - 1;
      const fromFile = rows.reduce((m, r) => Math.max(m, suffix(r.value.input.code ?? '', prefix)), 0);
      n = Math.max(fromDb, fromFile);
    }
    n += 1;
    next.set(prefix, n);
    value.input.code = `${prefix}${String(n).padStart(3, '0')}`;
    generated++;
  }
  return generated;
}

/** Imports the sheet as draft projects within the caller's scope (unit → itself, department → its units). */
export async function importProjects(
  ctx: Ctx,
  buffer: Buffer,
  maxRows = PROJECT_IMPORT_MAX_ROWS,
): Promise<TProjectImportResult> {
  assertRole(ctx.actor, PROJECT_EDITORS, '导入项目');
  const { regionCode } = ctx.actor;
  const fields = await fieldMap(ctx.db, regionCode);
  const units = await budgetUnitsOf(ctx.db, regionCode);
  const columns = projectColumns((c) => fields.get(c) ?? c);
  const schema = projectImportSchema({ actor: ctx.actor, fields, units });
  await assertRowLimit(buffer, maxRows);
  const { rows, errors } = await readSheet(buffer, columns, schema);
  const dataRows = rows.length + new Set(errors.map((e) => e.row)).size;
  if (dataRows > maxRows) throw rowLimitError(maxRows, dataRows);
  return write(ctx, async (tx) => {
    const explicit = rows.flatMap(({ value: { input } }) =>
      input.code ? [{ year: input.year, code: input.code }] : [],
    );
    const taken = await takenCodes(tx, regionCode, explicit);
    assertNoRowErrors([...errors, ...duplicateErrors(rows, taken)].sort((a, b) => a.row - b.row));
    const generatedCodes = await generateCodes(tx, regionCode, rows);
    const ids = await insertProjects(
      tx,
      rows.map(({ value: { input, unit } }) => {
        const { unitId: _u, code, ...rest } = input;
        return {
          ...rest,
          code: code ?? '',
          regionCode,
          unitId: unit.id,
          departmentId: unit.departmentId,
          createdBy: ctx.actor.userId,
          status: 'draft',
        };
      }),
    );
    await insertSteps(
      tx,
      ids.map((projectId) => ({
        projectId,
        fromStatus: null,
        toStatus: 'draft',
        actorId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        reason: '导入项目',
      })),
    );
    const years = [...new Set(rows.map((r) => r.value.input.year))].sort();
    await audit(tx, ctx, {
      entity: 'projectLibrary',
      entityId: years.length === 1 ? years[0] : `${years[0]}-${years[years.length - 1]}`,
      action: 'import',
      after: { count: ids.length, years, generatedCodes, firstId: ids[0], lastId: ids[ids.length - 1] },
    });
    return { imported: ids.length, generatedCodes, note: NOTE };
  });
}
