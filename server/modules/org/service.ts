import { workYearOf } from '../../../core/business-time';
import type { TOrgImportRow, TOrgUnitInput, ZFieldInput } from '../../../core/contracts/org';
import type { z } from '../../../core/zod';
import { audit } from '../../platform/audit';
import { forgetSessions } from '../../platform/auth/session-cache';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { lastCalendarYear } from '../work-calendar/read-for-org';
import * as repo from './repo';

/** Resolves parent and derived department for a new or moved node; enforces the tree's shape. */
async function placement(tx: DbOrTx, ctx: Ctx, kind: TOrgUnitInput['kind'], parentId: number | null) {
  if (kind === 'department' || kind === 'external') {
    const bureau = found(await repo.findBureau(tx, ctx.actor.regionCode), '财政局节点');
    return { parentId: bureau.id, departmentId: null as number | null };
  }
  const parent = parentId ? await repo.findOrgUnit(tx, ctx.actor, parentId) : undefined;
  if (parent?.kind !== 'department') throw new AppError('VALIDATION_FAILED', '预算单位必须隶属于一个主管部门');
  return { parentId: parent.id, departmentId: parent.id };
}

/** Inserts a node; a department is its own department (so scoping by department_id covers it). */
async function insertNode(tx: DbOrTx, ctx: Ctx, input: TOrgUnitInput) {
  const place = await placement(tx, ctx, input.kind, input.parentId);
  const row = await repo.insertOrgUnit(tx, {
    ...input,
    shortName: input.shortName ?? null,
    ...place,
    regionCode: ctx.actor.regionCode,
  });
  if (input.kind !== 'department') return row;
  return repo.updateOrgUnit(tx, row.id, { departmentId: row.id });
}

export function listOrgUnits(ctx: Ctx, filter: Parameters<typeof repo.listOrgUnits>[2]) {
  return repo.listOrgUnits(ctx.db, ctx.actor, filter);
}

export async function getOrgUnit(ctx: Ctx, id: number) {
  return found(await repo.findOrgUnit(ctx.db, ctx.actor, id), '机构');
}

/** Adds a department or budget unit (admin). */
export async function createOrgUnit(ctx: Ctx, input: TOrgUnitInput) {
  assertRole(ctx.actor, ['admin'], '维护机构');
  return write(ctx, async (tx) => {
    if (await repo.findOrgByCode(tx, ctx.actor.regionCode, input.code)) {
      throw new AppError('DUPLICATE', `机构编码 ${input.code} 已存在`);
    }
    const created = await insertNode(tx, ctx, input);
    await audit(tx, ctx, { entity: 'orgUnit', entityId: created.id, action: 'create', after: created });
    return created;
  });
}

/** Edits a node with optimistic concurrency (admin). */
export async function updateOrgUnit(ctx: Ctx, id: number, input: TOrgUnitInput & { version: number }) {
  assertRole(ctx.actor, ['admin'], '维护机构');
  const result = await write(ctx, async (tx) => {
    const before = found(await repo.findOrgUnit(tx, ctx.actor, id), '机构');
    assertVersion(before.version, input.version);
    if (before.kind === 'bureau') throw new AppError('VALIDATION_FAILED', '财政局节点不能在此修改');
    if (before.kind !== input.kind) throw new AppError('VALIDATION_FAILED', '不能修改机构类型');
    const dup = await repo.findOrgByCode(tx, ctx.actor.regionCode, input.code);
    if (dup && dup.id !== id) throw new AppError('DUPLICATE', `机构编码 ${input.code} 已存在`);
    const place = await placement(tx, ctx, input.kind, input.parentId);
    const { version: _v, ...values } = input;
    const after = await repo.updateOrgUnit(tx, id, {
      ...values,
      shortName: input.shortName ?? null,
      parentId: place.parentId,
      departmentId: input.kind === 'department' ? id : place.departmentId,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    });
    await audit(tx, ctx, { entity: 'orgUnit', entityId: id, action: 'update', before, after });
    return after;
  });
  // A unit moved to another department changes its users' department scope.
  forgetSessions('all');
  return result;
}

/** Imports departments and units from the org-tree template; all-or-nothing, upsert by code. */
export async function importOrgTree(ctx: Ctx, rows: { row: number; value: TOrgImportRow }[]) {
  assertRole(ctx.actor, ['admin'], '导入机构');
  const result = await write(ctx, async (tx) => {
    const errors: { row: number; column?: string; message: string }[] = [];
    const seen = new Set<string>();
    for (const { row, value } of rows) {
      if (seen.has(value.code)) errors.push({ row, column: '编码', message: `编码 ${value.code} 在文件中重复` });
      seen.add(value.code);
    }
    const ordered = [...rows].sort((a, b) =>
      a.value.kind === b.value.kind ? 0 : a.value.kind === '主管部门' ? -1 : 1,
    );
    let created = 0;
    let updated = 0;
    for (const { row, value } of ordered) {
      if (errors.length) break;
      const kind = value.kind === '主管部门' ? 'department' : 'budgetUnit';
      let parentId: number | null = null;
      if (kind === 'budgetUnit') {
        const parent = await repo.findOrgByCode(tx, ctx.actor.regionCode, value.parentCode);
        if (parent?.kind !== 'department') {
          errors.push({ row, column: '上级编码', message: `上级主管部门编码 ${value.parentCode || '（空）'} 不存在` });
          continue;
        }
        parentId = parent.id;
      }
      const input = {
        kind,
        parentId,
        code: value.code,
        name: value.name,
        shortName: value.shortName || null,
        sort: Number(value.sort || 0),
        active: true,
      } as const;
      const existing = await repo.findOrgByCode(tx, ctx.actor.regionCode, value.code);
      if (!existing) {
        await insertNode(tx, ctx, input);
        created++;
      } else if (existing.kind !== kind) {
        errors.push({ row, column: '类型', message: `编码 ${value.code} 已存在且类型不同` });
      } else {
        const departmentId = kind === 'department' ? existing.id : parentId;
        await repo.updateOrgUnit(tx, existing.id, {
          ...input,
          parentId: existing.parentId,
          departmentId,
          version: existing.version + 1,
        });
        if (kind === 'budgetUnit') await repo.updateOrgUnit(tx, existing.id, { parentId });
        updated++;
      }
    }
    if (errors.length)
      throw new AppError('IMPORT_ROW_INVALID', `导入失败：共 ${errors.length} 处错误，未导入任何数据`, { errors });
    await audit(tx, ctx, { entity: 'orgUnit', entityId: 'import', action: 'import', after: { created, updated } });
    return { created, updated };
  });
  forgetSessions('all');
  return result;
}

export function listFields(ctx: Ctx) {
  return repo.listFields(ctx.db, ctx.actor.regionCode);
}

/** Adds or edits a key field (admin); fields are reference data per region. */
export async function saveField(ctx: Ctx, id: number | null, input: z.infer<typeof ZFieldInput>) {
  assertRole(ctx.actor, ['admin'], '维护重点领域');
  return write(ctx, async (tx) => {
    if (id === null) {
      const row = await repo.insertField(tx, { ...input, regionCode: ctx.actor.regionCode });
      await audit(tx, ctx, { entity: 'field', entityId: row.id, action: 'create', after: row });
      return row;
    }
    const before = found(await repo.findField(tx, ctx.actor.regionCode, id), '重点领域');
    // Indicators, projects and rules refer to a field by its code: the code is fixed once created.
    if (input.code !== before.code) throw new AppError('VALIDATION_FAILED', '领域编码创建后不能修改');
    const after = await repo.updateField(tx, id, input);
    await audit(tx, ctx, { entity: 'field', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** The region's fiscal years; `workYear` marks the year it works in (core workYearOf), the pages' default. */
export async function listFiscalYears(ctx: Ctx) {
  const [rows, calendarYear] = await Promise.all([
    repo.listFiscalYears(ctx.db, ctx.actor.regionCode),
    lastCalendarYear(ctx.db, ctx.actor.regionCode),
  ]);
  const workYear = workYearOf(calendarYear);
  return rows.map((row) => ({ ...row, workYear: row.year === workYear }));
}

/** Opens a new fiscal year (admin). */
export async function createFiscalYear(ctx: Ctx, year: number) {
  assertRole(ctx.actor, ['admin'], '维护财年');
  return write(ctx, async (tx) => {
    const row = await repo.insertFiscalYear(tx, ctx.actor.regionCode, year);
    await audit(tx, ctx, { entity: 'fiscalYear', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

registerDocument('orgUnit', {
  label: '机构',
  canRead: async (ctx, id) => !!(await repo.findOrgUnit(ctx.db, ctx.actor, id)),
  canAttach: async (ctx) => ctx.actor.role === 'admin',
});
