/** Library-wide operations: derive a year from another, xlsx import (all-or-nothing), promote from a target. */
import { and, eq, inArray } from 'drizzle-orm';
import { libraryIndicators, targetIndicators, targets } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { assertNoRowErrors, type RowError } from '../../platform/excel';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import type { TIndicatorImported } from './excel';
import * as repo from './repo';
import { validateIndicator } from './service';

export async function deriveYear(ctx: Ctx, fromYear: number, toYear: number) {
  assertRole(ctx.actor, ['finance', 'admin'], '生成年度指标库');
  if (toYear <= fromYear) throw new AppError('VALIDATION_FAILED', '目标年度应晚于来源年度');
  return write(ctx, async (tx) => {
    const region = ctx.actor.regionCode;
    const existing = await repo.existingKeys(tx, region, toYear);
    if (existing.size > 0) throw new AppError('DUPLICATE', `${toYear}年度指标库已存在，不能重复生成`);
    const source = await tx
      .select()
      .from(libraryIndicators)
      .where(
        and(
          eq(libraryIndicators.regionCode, region),
          eq(libraryIndicators.year, fromYear),
          inArray(libraryIndicators.status, ['enabled', 'disabled']),
        ),
      );
    if (source.length === 0) throw new AppError('VALIDATION_FAILED', `${fromYear}年度指标库为空`);
    const rows = source.map(({ id, createdAt: _c, updatedAt: _u, version: _v, ...r }) => ({
      ...r,
      year: toYear,
      derivedFromId: id,
      reviewComment: null,
    }));
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(libraryIndicators).values(rows.slice(i, i + 1000));
    await audit(tx, ctx, {
      entity: 'indicatorLibrary',
      entityId: toYear,
      action: 'derive',
      after: { fromYear, toYear, count: rows.length },
    });
    return { count: rows.length };
  });
}

/** Imports validated rows into a year; duplicates (in the file or the library) are row errors; nothing on error. */
export async function importIndicators(ctx: Ctx, year: number, rows: { row: number; value: TIndicatorImported }[]) {
  assertRole(ctx.actor, ['finance', 'admin'], '导入指标库');
  return write(ctx, async (tx) => {
    const existing = await repo.existingKeys(tx, ctx.actor.regionCode, year);
    const seen = new Map<string, number>();
    const errors: RowError[] = [];
    for (const { row, value } of rows) {
      const problem = validateIndicator({
        ...value,
        operator: value.operator as '定性',
        level1: value.level1 as 'output',
        level2: value.level2 as 'quantity',
        layer: value.layer as 'common',
      });
      if (problem) errors.push({ row, message: problem });
      const key = repo.keyOf(value.fieldCode, value.name);
      if (existing.has(key))
        errors.push({ row, column: '三级指标', message: `${year}年度指标库已有同领域指标“${value.name}”` });
      const first = seen.get(key);
      if (first) errors.push({ row, column: '三级指标', message: `与第 ${first} 行指标重复` });
      else seen.set(key, row);
    }
    assertNoRowErrors(errors.sort((a, b) => a.row - b.row));
    const values = rows.map(({ value }) => ({ ...value, year, regionCode: ctx.actor.regionCode }));
    for (let i = 0; i < values.length; i += 1000) await tx.insert(libraryIndicators).values(values.slice(i, i + 1000));
    await audit(tx, ctx, {
      entity: 'indicatorLibrary',
      entityId: year,
      action: 'import',
      after: { count: values.length },
    });
    return { imported: values.length };
  });
}

/** "Promote to library": finance takes a well-formed target indicator into the library of the target's year. */
export async function promoteIndicator(
  ctx: Ctx,
  input: { targetIndicatorId: number; fieldCode: string | null; layer: 'common' | 'industry' },
) {
  assertRole(ctx.actor, ['finance', 'admin'], '将指标纳入指标库');
  return write(ctx, async (tx) => {
    const [src] = await tx
      .select({ ind: targetIndicators, year: targets.year })
      .from(targetIndicators)
      .innerJoin(targets, eq(targets.id, targetIndicators.targetId))
      .where(and(eq(targetIndicators.id, input.targetIndicatorId), eq(targets.regionCode, ctx.actor.regionCode)));
    const { ind, year } = found(src, '目标指标');
    const candidate = {
      level1: ind.level1,
      level2: ind.level2,
      operator: ind.operator,
      unit: ind.unit,
      layer: input.layer,
      fieldCode: input.fieldCode,
    };
    const problem = validateIndicator(candidate as Parameters<typeof validateIndicator>[0]);
    if (problem) throw new AppError('VALIDATION_FAILED', `该指标不符合入库要求：${problem}`);
    const keys = await repo.existingKeys(tx, ctx.actor.regionCode, year);
    if (keys.has(repo.keyOf(input.fieldCode, ind.name)))
      throw new AppError('DUPLICATE', `${year}年度指标库已有指标“${ind.name}”`);
    const [row] = await tx
      .insert(libraryIndicators)
      .values({
        regionCode: ctx.actor.regionCode,
        year,
        fieldCode: input.fieldCode,
        layer: input.layer,
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        operator: ind.operator,
        unit: ind.unit,
        recommendedValue: ind.targetValue,
        basis: ind.basis,
        explanation: ind.valueNote,
        status: 'enabled',
      })
      .returning();
    await tx.update(targetIndicators).set({ libraryIndicatorId: row.id }).where(eq(targetIndicators.id, ind.id));
    await audit(tx, ctx, {
      entity: 'indicator',
      entityId: row.id,
      action: 'promote',
      after: row,
      reason: `来自目标指标 #${ind.id}`,
    });
    return row;
  });
}
