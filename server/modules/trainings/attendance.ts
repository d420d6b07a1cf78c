import { type TAttendanceRow, ZAttendanceRow } from '../../../core/contracts/trainings';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { assertNoRowErrors, readSheet, type SheetColumn, writeSheet } from '../../platform/excel';
import { write } from '../../platform/tx';
import * as repo from './repo';
import { ENTITY, editableSession, getTraining } from './service';

/** The sign-in sheet (签到表): the import reads and the export writes the same columns. */
export const ATTENDANCE_COLUMNS: SheetColumn<TAttendanceRow>[] = [
  { key: 'unitCode', header: '单位编码', width: 14, value: (r) => r.unitCode },
  { key: 'unitName', header: '单位名称', width: 40, value: (r) => r.unitName },
  { key: 'signer', header: '签到人', width: 14, value: (r) => r.signer },
];

/** The session's attending units as a sign-in sheet (an empty one is the import template). */
export async function exportAttendance(ctx: Ctx, id: number) {
  const s = await getTraining(ctx, id);
  const rows = s.units.map((u) => ({ unitCode: u.code, unitName: u.name, signer: '' }));
  return {
    filename: `签到表-${s.heldOn}-${s.title}.xlsx`,
    buffer: await writeSheet('签到表', ATTENDANCE_COLUMNS, rows),
  };
}

/**
 * Records attendance from a sign-in sheet: each row names a budget unit by code (or full name); units already
 * recorded stay. All-or-nothing: an unknown unit fails the whole sheet with its row numbers.
 */
export async function importAttendance(ctx: Ctx, id: number, buffer: Buffer) {
  const s = await editableSession(ctx, id, undefined);
  const { rows, errors } = await readSheet(buffer, ATTENDANCE_COLUMNS, ZAttendanceRow);
  const keys = [...new Set(rows.flatMap((r) => [r.value.unitCode, r.value.unitName]).filter(Boolean))];
  const units = await repo.findBudgetUnits(ctx.db, ctx.actor.regionCode, { keys });
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = new Map(units.map((u) => [u.name, u]));
  const matched = new Map<number, (typeof units)[number]>();
  for (const { row, value } of rows) {
    const unit = value.unitCode ? byCode.get(value.unitCode) : byName.get(value.unitName);
    if (!unit) {
      const column = value.unitCode ? '单位编码' : '单位名称';
      errors.push({ row, column, message: `本地区没有该预算单位：${value.unitCode || value.unitName}` });
    } else if (value.unitCode && value.unitName && value.unitName !== unit.name) {
      errors.push({ row, column: '单位名称', message: `与编码 ${unit.code} 的单位名称「${unit.name}」不一致` });
    } else matched.set(unit.id, unit);
  }
  assertNoRowErrors(errors);
  const before = (await repo.findAttendingUnits(ctx.db, id)).map((u) => u.id);
  const added = [...matched.values()].filter((u) => !before.includes(u.id));
  return write(ctx, async (tx) => {
    await repo.writeAttendance(tx, ctx.actor.regionCode, s.id, added, 'add');
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: s.id,
      action: 'importAttendance',
      before: { units: before.length },
      after: { units: before.length + added.length, rows: rows.length, added: added.map((u) => u.code) },
    });
    return { rows: rows.length, added: added.length, units: before.length + added.length };
  });
}
