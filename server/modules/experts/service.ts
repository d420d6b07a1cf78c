import type { TExpertInput, TExpertListQuery, TExpertUpdate } from '../../../core/contracts/experts';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import * as repo from './repo';

/** The pool is managed by finance; experts themselves never list it. */
const MANAGERS = ['admin', 'finance'] as const;

export function listExperts(ctx: Ctx, f: TExpertListQuery) {
  assertRole(ctx.actor, [...MANAGERS, 'leader'], '查看专家库');
  return repo.listExperts(ctx.db, ctx.actor.regionCode, f);
}

/** Experts of the pool by id (other modules, e.g. the ex-ante panel, use this). */
export function findExperts(db: DbOrTx, regionCode: string, ids: number[]) {
  return repo.findExperts(db, regionCode, ids);
}

/** The pool entry linked to a user account, if any. */
export function findExpertByUser(db: DbOrTx, regionCode: string, userId: number) {
  return repo.findExpertByUser(db, regionCode, userId);
}

async function position(tx: DbOrTx, ctx: Ctx, orgId: number | null) {
  const pos = await repo.orgPosition(tx, ctx.actor.regionCode, orgId);
  if (!pos.found) throw new AppError('VALIDATION_FAILED', '所属机构不存在');
  return { unitId: pos.unitId, departmentId: pos.departmentId };
}

export async function createExpert(ctx: Ctx, input: TExpertInput) {
  assertRole(ctx.actor, MANAGERS, '维护专家库');
  return write(ctx, async (tx) => {
    const pos = await position(tx, ctx, input.orgId);
    const row = await repo.insertExpert(tx, { ...input, ...pos, regionCode: ctx.actor.regionCode });
    await audit(tx, ctx, { entity: 'expert', entityId: row.id, action: 'create', after: input });
    return row;
  });
}

export async function updateExpert(ctx: Ctx, id: number, input: TExpertUpdate) {
  assertRole(ctx.actor, MANAGERS, '维护专家库');
  return write(ctx, async (tx) => {
    const [before] = await repo.findExperts(tx, ctx.actor.regionCode, [id]);
    found(before, '专家');
    assertVersion(before.version, input.version);
    const { version: _v, ...data } = input;
    const pos = await position(tx, ctx, data.orgId);
    const row = await repo.updateExpert(tx, id, { ...data, ...pos });
    await audit(tx, ctx, { entity: 'expert', entityId: id, action: 'update', before, after: data });
    return row;
  });
}
