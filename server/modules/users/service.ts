import { randomInt } from 'node:crypto';
import type { TUserImportRow, TUserInput, TUserUpdate } from '../../../core/contracts/users';
import { ROLE_LABELS, type Role } from '../../../core/enums';
import { audit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/password';
import { revokeUserSessions } from '../../platform/auth/session';
import { forgetSessions } from '../../platform/auth/session-cache';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { findOrgByCode, findOrgUnit } from '../org/repo';
import type { UserFilter } from './repo';
import * as repo from './repo';

/** Which org node kinds a role may be bound to. */
const ROLE_ORG_KINDS: Record<Role, string[]> = {
  admin: ['bureau'],
  finance: ['bureau'],
  leader: ['bureau'],
  department: ['department'],
  unit: ['budgetUnit'],
  expert: ['external', 'bureau', 'department', 'budgetUnit'],
  agency: ['external'],
};

/** A random temporary password that satisfies the policy (shown once to the admin). */
export function temporaryPassword() {
  const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[randomInt(chars.length)]).join('');
  return `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${pick('abcdefghijkmnpqrstuvwxyz', 4)}${pick('23456789', 3)}${pick('!@#%&*', 1)}`;
}

async function assertOrgFitsRole(tx: DbOrTx, ctx: Ctx, orgId: number, role: Role) {
  const org = found(await findOrgUnit(tx, ctx.actor, orgId), '所属机构');
  if (!ROLE_ORG_KINDS[role].includes(org.kind)) {
    throw new AppError('VALIDATION_FAILED', `角色“${ROLE_LABELS[role]}”不能绑定到机构“${org.name}”`);
  }
  return org;
}

export function listUsers(ctx: Ctx, filter: UserFilter) {
  assertRole(ctx.actor, ['admin'], '查看用户');
  return repo.listUsers(ctx.db, ctx.actor.regionCode, filter);
}

export async function getUser(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['admin'], '查看用户');
  const { passwordHash: _h, ...user } = found(await repo.findUser(ctx.db, ctx.actor.regionCode, id), '用户');
  return user;
}

async function insertWithTempPassword(tx: DbOrTx, ctx: Ctx, input: TUserInput) {
  if (await repo.findByUsername(tx, input.username)) throw new AppError('DUPLICATE', `用户名 ${input.username} 已存在`);
  const password = temporaryPassword();
  const row = await repo.insertUser(tx, {
    ...input,
    phone: input.phone ?? null,
    regionCode: ctx.actor.regionCode,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await audit(tx, ctx, { entity: 'user', entityId: row.id, action: 'create', after: { ...input } });
  return { id: row.id, username: input.username, temporaryPassword: password };
}

/**
 * Opens an account inside the caller's transaction, with its audit event and a temporary password (returned once,
 * to be changed at first login). The caller authorises: admins here, finance for expert accounts (experts module).
 */
export async function openAccount(tx: DbOrTx, ctx: Ctx, input: TUserInput) {
  await assertOrgFitsRole(tx, ctx, input.orgId, input.role);
  return insertWithTempPassword(tx, ctx, input);
}

/** Creates an account with a temporary password that must be changed at first login (admin). */
export async function createUser(ctx: Ctx, input: TUserInput) {
  assertRole(ctx.actor, ['admin'], '新增用户');
  return write(ctx, (tx) => openAccount(tx, ctx, input));
}

/** Edits an account (admin); disabling revokes its sessions, any edit drops their cached lookups (org, name). */
export async function updateUser(ctx: Ctx, id: number, input: TUserUpdate) {
  assertRole(ctx.actor, ['admin'], '修改用户');
  const result = await write(ctx, async (tx) => {
    const { passwordHash: _h, ...before } = found(await repo.findUser(tx, ctx.actor.regionCode, id), '用户');
    assertVersion(before.version, input.version);
    if (id === ctx.actor.userId && (input.role !== before.role || input.status !== 'active')) {
      throw new AppError('VALIDATION_FAILED', '不能修改自己的角色或停用自己');
    }
    await assertOrgFitsRole(tx, ctx, input.orgId, input.role);
    const { version: _v, ...values } = input;
    await repo.updateUser(tx, id, {
      ...values,
      phone: input.phone ?? null,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    });
    if (input.status === 'disabled' || input.role !== before.role) await revokeUserSessions(tx, id);
    await audit(tx, ctx, { entity: 'user', entityId: id, action: 'update', before, after: values });
    return { ok: true };
  });
  forgetSessions({ userId: id });
  return result;
}

/** Issues a new temporary password and unlocks the account (admin). */
export async function resetPassword(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['admin'], '重置密码');
  const result = await write(ctx, async (tx) => {
    const user = found(await repo.findUser(tx, ctx.actor.regionCode, id), '用户');
    const password = temporaryPassword();
    await repo.updateUser(tx, id, {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      version: user.version + 1,
    });
    await revokeUserSessions(tx, id);
    await audit(tx, ctx, { entity: 'user', entityId: id, action: 'resetPassword' });
    return { username: user.username, temporaryPassword: password };
  });
  forgetSessions({ userId: id });
  return result;
}

const ROLE_BY_LABEL = new Map(Object.entries(ROLE_LABELS).map(([code, label]) => [label, code as Role]));

/** Imports accounts from the users template (all-or-nothing); returns their temporary passwords once. */
export async function importUsers(ctx: Ctx, rows: { row: number; value: TUserImportRow }[]) {
  assertRole(ctx.actor, ['admin'], '导入用户');
  return write(ctx, async (tx) => {
    const errors: { row: number; column?: string; message: string }[] = [];
    const created: { username: string; temporaryPassword: string }[] = [];
    const seen = new Set<string>();
    for (const { row, value } of rows) {
      const role = ROLE_BY_LABEL.get(value.roleLabel);
      const org = await findOrgByCode(tx, ctx.actor.regionCode, value.orgCode);
      if (!role) errors.push({ row, column: '角色', message: `未知角色“${value.roleLabel}”` });
      if (!org) errors.push({ row, column: '所属机构编码', message: `机构编码 ${value.orgCode} 不存在` });
      if (seen.has(value.username)) errors.push({ row, column: '用户名', message: '用户名在文件中重复' });
      else if (await repo.findByUsername(tx, value.username))
        errors.push({ row, column: '用户名', message: '用户名已存在' });
      seen.add(value.username);
      if (!role || !org) continue;
      if (!ROLE_ORG_KINDS[role].includes(org.kind)) {
        errors.push({ row, column: '角色', message: `角色“${value.roleLabel}”不能绑定到机构“${org.name}”` });
      }
      if (errors.length) continue;
      const input = {
        username: value.username,
        displayName: value.displayName,
        role,
        orgId: org.id,
        phone: value.phone || null,
        status: value.statusLabel === '停用' ? 'disabled' : 'active',
      } as const;
      created.push(await insertWithTempPassword(tx, ctx, input));
    }
    if (errors.length)
      throw new AppError('IMPORT_ROW_INVALID', `导入失败：共 ${errors.length} 处错误，未导入任何数据`, { errors });
    return { created: created.length, accounts: created };
  });
}

registerDocument('user', {
  label: '用户',
  canRead: async (ctx, id) => ctx.actor.role === 'admin' || ctx.actor.userId === id,
  canAttach: async () => false,
});
