import { eq } from 'drizzle-orm';
import type { TPolicyInput, TPolicyListQuery } from '../../../core/contracts/policies';
import { policyDocuments } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { canManagePolicies, policyActions } from './policy';
import * as repo from './repo';

const ENTITY = 'policyDocument';

registerDocument(ENTITY, {
  label: '制度文件',
  async canRead(ctx, id) {
    const row = await repo.findPolicy(ctx.db, ctx.actor.regionCode, id);
    return !!row && (row.isCurrent || canManagePolicies(ctx.actor));
  },
  async canAttach(ctx, id) {
    const row = await repo.findPolicy(ctx.db, ctx.actor.regionCode, id);
    return !!row && row.isCurrent && canManagePolicies(ctx.actor);
  },
});

/** Units, departments and others see current versions only; finance may include superseded ones. */
export async function listPolicies(ctx: Ctx, q: TPolicyListQuery) {
  const currentOnly = !(canManagePolicies(ctx.actor) && q.includeSuperseded);
  return repo.findPolicies(ctx.db, ctx.actor.regionCode, q, currentOnly);
}

export async function getPolicy(ctx: Ctx, id: number) {
  const row = await repo.findPolicy(ctx.db, ctx.actor.regionCode, id);
  if (!row || (!row.isCurrent && !canManagePolicies(ctx.actor))) found(null, '制度文件');
  const doc = found(row, '制度文件');
  const seriesId = doc.seriesId ?? doc.id;
  const versions = await repo.findSeries(ctx.db, seriesId);
  return {
    ...doc,
    seriesId,
    versions: canManagePolicies(ctx.actor) ? versions : versions.filter((v) => v.isCurrent),
    allowedActions: policyActions(ctx.actor, doc),
  };
}

async function assertDocNoFree(ctx: Ctx, docNo: string, exceptSeries: number | null) {
  if (await repo.docNoTaken(ctx.db, ctx.actor.regionCode, docNo, exceptSeries)) {
    throw new AppError('DUPLICATE', `文号「${docNo}」已被其他现行文件使用`);
  }
}

export async function createPolicy(ctx: Ctx, input: TPolicyInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护制度文件');
  await assertDocNoFree(ctx, input.docNo, null);
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(policyDocuments)
      .values({ ...input, regionCode: ctx.actor.regionCode, createdBy: ctx.actor.userId })
      .returning();
    await tx.update(policyDocuments).set({ seriesId: row.id }).where(eq(policyDocuments.id, row.id));
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: row.id,
      action: 'create',
      after: { ...input, bodyText: undefined },
    });
    return { ...row, seriesId: row.id };
  });
}

/** Corrects the current version in place (typos, validity); a substantive change is a revision. */
export async function updatePolicy(ctx: Ctx, id: number, input: TPolicyInput & { version?: number }) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护制度文件');
  const before = found(await repo.findPolicy(ctx.db, ctx.actor.regionCode, id), '制度文件');
  if (!before.isCurrent) throw new AppError('INVALID_TRANSITION', '已被新版本替代的文件不能修改');
  assertVersion(before.version, input.version);
  await assertDocNoFree(ctx, input.docNo, before.seriesId);
  const { version: _v, ...fields } = input;
  return write(ctx, async (tx) => {
    const [row] = await tx
      .update(policyDocuments)
      .set({ ...fields, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(policyDocuments.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: 'update',
      before: { ...before, bodyText: undefined },
      after: { ...fields, bodyText: undefined },
    });
    return row;
  });
}

/** A revision: the new version becomes current, the old one is kept and points to its successor. */
export async function revisePolicy(ctx: Ctx, id: number, input: TPolicyInput, note: string, version?: number) {
  assertRole(ctx.actor, ['finance', 'admin'], '修订制度文件');
  const old = found(await repo.findPolicy(ctx.db, ctx.actor.regionCode, id), '制度文件');
  if (!old.isCurrent) throw new AppError('INVALID_TRANSITION', '只能修订现行版本');
  assertVersion(old.version, version);
  const seriesId = old.seriesId ?? old.id;
  await assertDocNoFree(ctx, input.docNo, seriesId);
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(policyDocuments)
      .values({
        ...input,
        regionCode: ctx.actor.regionCode,
        seriesId,
        versionNo: old.versionNo + 1,
        revisionNote: note,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await tx
      .update(policyDocuments)
      .set({ isCurrent: false, supersededById: row.id, version: old.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(policyDocuments.id, old.id));
    await audit(tx, ctx, { entity: ENTITY, entityId: old.id, action: 'supersede', after: { supersededById: row.id } });
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: row.id,
      action: 'revise',
      after: { ...input, bodyText: undefined },
      reason: note,
    });
    return row;
  });
}

/** Stores the full text extracted from an uploaded file so the library search finds it. */
export async function setPolicyText(ctx: Ctx, id: number, text: string, source: string) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护制度文件');
  const before = found(await repo.findPolicy(ctx.db, ctx.actor.regionCode, id), '制度文件');
  if (!text.trim())
    throw new AppError('BAD_FILE', '未能从文件中提取文字（支持 .docx、.pdf、.txt；扫描件需先转为文字）');
  return write(ctx, async (tx) => {
    await tx
      .update(policyDocuments)
      .set({ bodyText: text.slice(0, 200_000), version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(policyDocuments.id, id));
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: 'extractText',
      after: { source, chars: text.length },
    });
    return { id, chars: text.length };
  });
}
