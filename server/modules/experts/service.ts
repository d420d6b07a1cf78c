import type { TExpertInput, TExpertListQuery, TExpertUpdate } from '../../../core/contracts/experts';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { openSeatOf } from '../ex-ante/read-for-experts';
import { findBureau } from '../org/repo';
import { assertFields } from '../projects/refs';
import { openAccount } from '../users/service';
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

/** Expert accounts finance may link on the expert form (role expert, active, not linked yet). */
export function listUnlinkedAccounts(ctx: Ctx) {
  assertRole(ctx.actor, MANAGERS, '维护专家库');
  return repo.unlinkedAccounts(ctx.db, ctx.actor.regionCode);
}

type Current = { id: number; name: string; userId: number | null };

/** An open scoring task is assigned to the linked account, so the link holds until the expert's sheet is in. */
async function assertNoOpenSeat(tx: DbOrTx, ctx: Ctx, current: Current) {
  const seat = await openSeatOf(tx, ctx.actor.regionCode, current.id);
  if (seat) {
    throw new AppError(
      'INVALID_TRANSITION',
      `专家${current.name}在“${seat.projectName}”事前绩效评估中尚未提交评分，不能更换或解除其系统账号`,
      { assessmentId: seat.assessmentId },
    );
  }
}

/**
 * The account a pool entry links to, so the expert can sign in and score: an existing expert account of the region
 * that no other entry uses, or one opened now through the users module (bound to the employer's org node, else the
 * bureau that keeps the pool). `current` is the entry's link before this save (unchanged links are not re-checked;
 * a link is not changed while the expert has a sheet to score).
 */
async function linkAccount(tx: DbOrTx, ctx: Ctx, input: TExpertInput, orgId: number | null, current?: Current) {
  if (current && current.userId !== null && (input.newAccount !== null || input.userId !== current.userId)) {
    await assertNoOpenSeat(tx, ctx, current);
  }
  if (input.newAccount) {
    if (input.userId !== null) throw new AppError('VALIDATION_FAILED', '请选择已有账号或开通新账号，二者只能选其一');
    const accountOrgId = orgId ?? found(await findBureau(tx, ctx.actor.regionCode), '财政部门').id;
    const opened = await openAccount(tx, ctx, {
      username: input.newAccount.username,
      displayName: input.name,
      role: 'expert',
      orgId: accountOrgId,
      phone: input.phone || null,
      status: 'active',
    });
    return { userId: opened.id, account: { username: opened.username, temporaryPassword: opened.temporaryPassword } };
  }
  if (input.userId === null || input.userId === current?.userId) return { userId: input.userId, account: null };
  const user = await repo.accountWithLinks(tx, ctx.actor.regionCode, input.userId);
  if (user?.role !== 'expert') throw new AppError('VALIDATION_FAILED', '所选账号不是本区域的专家账号');
  if (user.status !== 'active') throw new AppError('VALIDATION_FAILED', '所选账号已停用');
  if (user.linkedExpertIds.some((id) => id !== current?.id)) throw new AppError('DUPLICATE', '所选账号已关联其他专家');
  return { userId: user.id, account: null };
}

/** The expert's place in the organisation; also refuses field codes that are not the region's key fields. */
async function position(tx: DbOrTx, ctx: Ctx, orgId: number | null, fieldCodes: readonly string[]) {
  await assertFields(tx, ctx.actor.regionCode, fieldCodes);
  const pos = await repo.orgPosition(tx, ctx.actor.regionCode, orgId);
  if (!pos.found) throw new AppError('VALIDATION_FAILED', '所属机构不存在');
  return { unitId: pos.unitId, departmentId: pos.departmentId };
}

export async function createExpert(ctx: Ctx, input: TExpertInput) {
  assertRole(ctx.actor, MANAGERS, '维护专家库');
  return write(ctx, async (tx) => {
    const pos = await position(tx, ctx, input.orgId, input.fieldCodes);
    const { newAccount: _n, ...data } = input;
    const { userId, account } = await linkAccount(tx, ctx, input, input.orgId);
    const row = await repo.insertExpert(tx, { ...data, ...pos, userId, regionCode: ctx.actor.regionCode });
    await audit(tx, ctx, { entity: 'expert', entityId: row.id, action: 'create', after: { ...data, userId } });
    return { ...row, account };
  });
}

export async function updateExpert(ctx: Ctx, id: number, input: TExpertUpdate) {
  assertRole(ctx.actor, MANAGERS, '维护专家库');
  return write(ctx, async (tx) => {
    const [before] = await repo.findExperts(tx, ctx.actor.regionCode, [id]);
    found(before, '专家');
    assertVersion(before.version, input.version);
    const { version: _v, newAccount: _n, ...data } = input;
    const pos = await position(tx, ctx, data.orgId, data.fieldCodes);
    const { userId, account } = await linkAccount(tx, ctx, input, data.orgId, before);
    const row = await repo.updateExpert(tx, id, { ...data, ...pos, userId });
    await audit(tx, ctx, { entity: 'expert', entityId: id, action: 'update', before, after: { ...data, userId } });
    return { ...row, account };
  });
}
