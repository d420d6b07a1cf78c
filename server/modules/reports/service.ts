import { and, eq } from 'drizzle-orm';
import type { TAnnualReport } from '../../../core/contracts/reports';
import { reportTemplates } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { DEFAULT_BLOCKS } from './defaults';
import { annualFigures } from './figures/index';
import { assertKnownPlaceholders, fill, placeholders } from './render';

const READERS = ['finance', 'admin', 'leader'] as const;
const ENTITY = 'reportTemplate';

async function storedTemplates(ctx: Ctx, year: number) {
  const rows = await ctx.db
    .select({ key: reportTemplates.key, text: reportTemplates.text })
    .from(reportTemplates)
    .where(and(eq(reportTemplates.regionCode, ctx.actor.regionCode), eq(reportTemplates.year, year)));
  return new Map(rows.map((r) => [r.key, r.text]));
}

/** The annual report of a work year: figures from rows, narrative from the year's (edited) templates. */
export async function annualReport(
  ctx: Ctx,
  year: number,
): Promise<TAnnualReport & { blocks: { key: string; kind: string; text: string }[] }> {
  assertRole(ctx.actor, READERS, '查看年度工作说明');
  const figures = await annualFigures(ctx.db, ctx.actor.regionCode, year);
  const ph = placeholders(figures);
  const values = new Map(ph.map((p) => [p.key, p.value]));
  const stored = await storedTemplates(ctx, year);
  const paragraphs = DEFAULT_BLOCKS.map((b) => {
    const template = stored.get(b.key) ?? b.text;
    return { key: b.key, kind: b.kind, template, text: fill(template, values), edited: stored.has(b.key) };
  });
  return {
    figures,
    title: paragraphs[0]?.text ?? '',
    paragraphs,
    placeholders: ph,
    blocks: paragraphs.map((p) => ({ key: p.key, kind: p.kind, text: p.text })),
  };
}

/** Finance edits the narrative of a year; figures stay placeholders so they are always computed. */
export async function saveTemplates(ctx: Ctx, year: number, items: { key: string; text: string }[]) {
  assertRole(ctx.actor, ['finance', 'admin'], '编辑年度工作说明模板');
  const keys = new Set(DEFAULT_BLOCKS.map((b) => b.key));
  const bad = items.find((i) => !keys.has(i.key));
  if (bad) throw new AppError('VALIDATION_FAILED', `未知的段落：${bad.key}`);
  const known = new Set(placeholders(await annualFigures(ctx.db, ctx.actor.regionCode, year)).map((p) => p.key));
  for (const i of items) assertKnownPlaceholders(i.text, known);
  const stored = await storedTemplates(ctx, year);
  return write(ctx, async (tx) => {
    for (const i of items) {
      const isDefault = DEFAULT_BLOCKS.find((b) => b.key === i.key)?.text === i.text;
      await tx
        .delete(reportTemplates)
        .where(
          and(
            eq(reportTemplates.regionCode, ctx.actor.regionCode),
            eq(reportTemplates.year, year),
            eq(reportTemplates.key, i.key),
          ),
        );
      if (!isDefault) {
        await tx
          .insert(reportTemplates)
          .values({ regionCode: ctx.actor.regionCode, year, key: i.key, text: i.text, updatedBy: ctx.actor.userId });
      }
      await audit(tx, ctx, {
        entity: ENTITY,
        entityId: `${year}:${i.key}`,
        action: 'update',
        before: { text: stored.get(i.key) ?? null },
        after: { text: isDefault ? null : i.text },
      });
    }
    return { saved: items.length };
  });
}
