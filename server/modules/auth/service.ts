import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { TChangePasswordBody, TLoginBody, TMe } from '../../../core/contracts/auth';
import { labelOf, ROLE_LABELS } from '../../../core/enums';
import { checkPassword } from '../../../core/password-policy';
import type { Config } from '../../config';
import { orgUnits, regions, users } from '../../db/schema/index';
import { audit, auditAnonymous } from '../../platform/audit';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { createSession, revokeSession, revokeUserSessions } from '../../platform/auth/session';
import { forgetSessions } from '../../platform/auth/session-cache';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';

/** Password login with lockout after repeated failures; returns the session token. */
export async function login({ db, config, body, ip }: { db: Db; config: Config; body: TLoginBody; ip: string }) {
  const [user] = await db.select().from(users).where(eq(users.username, body.username));
  if (user?.status !== 'active') {
    // Same answer and similar cost as a wrong password, so usernames cannot be probed.
    await verifyPassword(
      '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000',
      body.password,
    );
    throw new AppError('INVALID_CREDENTIALS');
  }
  const lockedMs = user.lockedUntil ? new Date(user.lockedUntil).getTime() - Date.now() : 0;
  if (lockedMs > 0) {
    throw new AppError('ACCOUNT_LOCKED', `登录失败次数过多，账号已锁定，请 ${Math.ceil(lockedMs / 60000)} 分钟后再试`);
  }
  const ok = await verifyPassword(user.passwordHash, body.password);
  if (!ok) {
    const failures = user.failedLogins + 1;
    const lock = failures >= config.maxFailedLogins;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock ? sql`now() + make_interval(mins => ${config.lockMinutes})` : user.lockedUntil,
        })
        .where(eq(users.id, user.id));
      await auditAnonymous(tx, {
        regionCode: user.regionCode,
        ip,
        actorId: user.id,
        actorName: user.displayName,
        entity: 'user',
        entityId: user.id,
        action: 'loginFailed',
        reason: lock
          ? `连续 ${config.maxFailedLogins} 次失败，锁定 ${config.lockMinutes} 分钟`
          : `第 ${failures} 次失败`,
      });
    });
    if (lock) throw new AppError('ACCOUNT_LOCKED', `登录失败次数过多，账号已锁定 ${config.lockMinutes} 分钟`);
    throw new AppError('INVALID_CREDENTIALS');
  }
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
      .where(eq(users.id, user.id));
    const token = await createSession(tx, user.id, ip);
    await auditAnonymous(tx, {
      regionCode: user.regionCode,
      ip,
      actorId: user.id,
      actorName: user.displayName,
      entity: 'user',
      entityId: user.id,
      action: 'login',
    });
    return { token, mustChangePassword: user.mustChangePassword };
  });
}

/** Ends the current session. */
export async function logout({ ctx, sessionId }: { ctx: Ctx; sessionId: string }) {
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, sessionId);
    await audit(tx, ctx, { entity: 'user', entityId: ctx.actor.userId, action: 'logout' });
  });
  forgetSessions({ sessionId });
}

/** Changes the caller's password (policy-checked) and revokes their other sessions. */
export async function changePassword({
  ctx,
  sessionId,
  body,
}: {
  ctx: Ctx;
  sessionId: string;
  body: TChangePasswordBody;
}) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  const current = found(user, '用户');
  if (!(await verifyPassword(current.passwordHash, body.oldPassword))) {
    throw new AppError('VALIDATION_FAILED', '原密码不正确', { field: 'oldPassword' });
  }
  if (body.oldPassword === body.newPassword) throw new AppError('VALIDATION_FAILED', '新密码不能与原密码相同');
  const problems = checkPassword(body.newPassword, undefined, current.username);
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems.join('；'), { field: 'newPassword', problems });
  const passwordHash = await hashPassword(body.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: sql`now()`,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, current.id));
    await revokeUserSessions(tx, current.id, sessionId);
    await audit(tx, ctx, { entity: 'user', entityId: current.id, action: 'changePassword' });
  });
  // All of them: the current session's cached mustChangePassword is stale too.
  forgetSessions({ userId: current.id });
}

/** The caller's profile for the web shell. */
export async function getMe(db: Db, actor: Actor): Promise<TMe> {
  const [row] = await db
    .select({ orgName: orgUnits.name, regionName: regions.name, mustChangePassword: users.mustChangePassword })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
    .innerJoin(regions, eq(regions.code, users.regionCode))
    .where(eq(users.id, actor.userId));
  const r = found(row, '用户');
  return { ...actor, roleLabel: labelOf(ROLE_LABELS, actor.role), ...r };
}
