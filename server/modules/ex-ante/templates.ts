import { and, desc, eq } from 'drizzle-orm';
import type { TTemplateInput, TTemplateVersion } from '../../../core/contracts/ex-ante';
import type { TemplateKind } from '../../../core/rules/ex-ante/rules';
import type { ScoringTemplate } from '../../../core/rules/ex-ante/template-types';
import { validateTemplate } from '../../../core/rules/ex-ante/validate-template';
import { exAnteTemplates } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';

function toVersion(row: typeof exAnteTemplates.$inferSelect): TTemplateVersion {
  return {
    id: row.id,
    kind: row.kind as TemplateKind,
    versionNo: row.versionNo,
    name: row.name,
    template: row.data as ScoringTemplate,
    note: row.note,
    createdAt: row.createdAt,
  };
}

/** The template in force: the newest stored version, else the one of the year's rule set (version 0). */
export async function currentTemplate(db: DbOrTx, regionCode: string, year: number, kind: TemplateKind) {
  const [row] = await db
    .select()
    .from(exAnteTemplates)
    .where(and(eq(exAnteTemplates.regionCode, regionCode), eq(exAnteTemplates.kind, kind)))
    .orderBy(desc(exAnteTemplates.versionNo))
    .limit(1);
  if (row) return toVersion(row);
  const template = (await getRules(db, regionCode, year, 'exAnte')).templates[kind];
  return { id: null, kind, versionNo: 0, name: template.name, template, note: '系统默认', createdAt: null };
}

export async function listCurrentTemplates(ctx: Ctx, year: number) {
  const kinds: TemplateKind[] = ['project', 'policy', 'specialBond'];
  return Promise.all(kinds.map((k) => currentTemplate(ctx.db, ctx.actor.regionCode, year, k)));
}

export async function listTemplateVersions(ctx: Ctx, kind: TemplateKind) {
  const rows = await ctx.db
    .select()
    .from(exAnteTemplates)
    .where(and(eq(exAnteTemplates.regionCode, ctx.actor.regionCode), eq(exAnteTemplates.kind, kind)))
    .orderBy(desc(exAnteTemplates.versionNo));
  return rows.map(toVersion);
}

/** Saves a new version of a scoring template (finance); weights must add up per validateTemplate. */
export async function saveTemplate(ctx: Ctx, kind: TemplateKind, input: TTemplateInput) {
  assertRole(ctx.actor, ['admin', 'finance'], '修改评分模板');
  const template: ScoringTemplate = { code: kind, name: input.name, dimensions: input.dimensions };
  const issues = validateTemplate(template);
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), { issues });
  return write(ctx, async (tx) => {
    const [latest] = await tx
      .select({ versionNo: exAnteTemplates.versionNo })
      .from(exAnteTemplates)
      .where(and(eq(exAnteTemplates.regionCode, ctx.actor.regionCode), eq(exAnteTemplates.kind, kind)))
      .orderBy(desc(exAnteTemplates.versionNo))
      .limit(1);
    const [row] = await tx
      .insert(exAnteTemplates)
      .values({
        regionCode: ctx.actor.regionCode,
        kind,
        versionNo: (latest?.versionNo ?? 0) + 1,
        name: input.name,
        data: template,
        note: input.note,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, {
      entity: 'exAnteTemplate',
      entityId: row.id,
      action: 'update',
      after: template,
      reason: input.note,
    });
    return toVersion(row);
  });
}
