import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { Role } from '../../../core/enums';
import { orgUnits, sessions, users } from '../../db/schema/index';
import type { Db, DbOrTx } from '../db/client';
import { cachedSession, rememberSession, sessionEpoch } from './session-cache';

export const SESSION_COOKIE = 'jx_sid';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the opaque cookie token (only its hash is stored). */
export async function createSession(tx: DbOrTx, userId: number, ip: string) {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(sessions).values({ id: tokenHash(token), userId, ip });
  return token;
}

export interface SessionLookup {
  actor: Actor;
  sessionId: string;
  mustChangePassword: boolean;
  expired: boolean;
}

/**
 * Resolves a cookie token to its actor; marks idle sessions expired (and revokes them). A positive answer is cached
 * in process for a few seconds (session-cache.ts), never past the idle deadline the database computed.
 */
export async function lookupSession(db: Db, token: string, idleMinutes: number): Promise<SessionLookup | null> {
  const id = tokenHash(token);
  const hit = cachedSession(id);
  if (hit) {
    await touchSession(db, id);
    return { ...hit, sessionId: id, expired: false };
  }
  const readEpoch = sessionEpoch();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      idleLeftMs:
        sql<number>`extract(epoch from ${sessions.lastSeenAt} + make_interval(mins => ${idleMinutes}) - now()) * 1000`.mapWith(
          Number,
        ),
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      regionCode: users.regionCode,
      orgId: users.orgId,
      orgKind: orgUnits.kind,
      departmentId: orgUnits.departmentId,
      status: users.status,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  if (row?.status !== 'active') return null;
  const found = { actor: toActor(row), mustChangePassword: row.mustChangePassword };
  if (row.idleLeftMs < 0) {
    await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, id));
    return { ...found, sessionId: id, expired: true };
  }
  await touchSession(db, id);
  rememberSession(id, found, readEpoch, Date.now() + row.idleLeftMs);
  return { ...found, sessionId: id, expired: false };
}

/** When this process last touched each session: the touch is one round trip, and once a minute is enough. */
const touchedAt = new Map<string, number>();

/** Moves the idle clock forward at most once a minute per session and process (the SQL guard covers other processes). */
async function touchSession(db: Db, id: string) {
  const now = Date.now();
  if (now - (touchedAt.get(id) ?? 0) < 60_000) return;
  if (touchedAt.size > 50_000) touchedAt.clear();
  touchedAt.set(id, now);
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(sessions.id, id), sql`${sessions.lastSeenAt} < now() - interval '1 minute'`));
}

function toActor(row: {
  userId: number;
  username: string;
  displayName: string;
  role: string;
  regionCode: string;
  orgId: number;
  orgKind: string;
  departmentId: number | null;
}): Actor {
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    regionCode: row.regionCode,
    orgId: row.orgId,
    departmentId: row.departmentId,
    unitId: row.orgKind === 'budgetUnit' ? row.orgId : null,
  };
}

/** Revokes one session (logout); after commit, call forgetSessions({ sessionId }). */
export async function revokeSession(tx: DbOrTx, sessionId: string) {
  await tx.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

/**
 * Revokes every session of a user except, optionally, the current one (password change); after commit, call
 * forgetSessions({ userId }).
 */
export async function revokeUserSessions(tx: DbOrTx, userId: number, exceptSessionId?: string) {
  const cond = exceptSessionId
    ? and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.id} <> ${exceptSessionId}`)
    : and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  await tx.update(sessions).set({ revokedAt: sql`now()` }).where(cond);
}

export { tokenHash };
