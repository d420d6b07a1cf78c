/**
 * In-process cache of positive session lookups (the session + user + org join every /api request pays), per token
 * hash, for at most CACHE_MS and never past the session's idle deadline.
 *
 * Invalidation: whoever revokes a session or changes a user calls forgetSessions after the transaction commits.
 * Every forget also bumps an epoch; a lookup remembers its result only if no forget happened while it read the
 * database, so a read that started before a commit cannot put the old state back after the forget.
 * Another API process sees such a change within CACHE_MS (docs/SECURITY.md).
 */
import type { Actor } from '../../../core/access';

export const SESSION_CACHE_MS = 5_000;
export const SESSION_CACHE_MAX = 10_000;

export interface CachedSession {
  actor: Actor;
  mustChangePassword: boolean;
}

const entries = new Map<string, CachedSession & { until: number }>();
let epoch = 0;

/** The invalidation epoch to pass to rememberSession (read it before the database lookup). */
export const sessionEpoch = () => epoch;

/** The cached lookup of a session id (token hash), if still fresh. */
export function cachedSession(sessionId: string): CachedSession | undefined {
  const hit = entries.get(sessionId);
  if (!hit) return undefined;
  if (Date.now() < hit.until) return { actor: hit.actor, mustChangePassword: hit.mustChangePassword };
  entries.delete(sessionId);
  return undefined;
}

/** Caches a positive lookup read at `readEpoch` until min(now + SESSION_CACHE_MS, idleDeadline). */
export function rememberSession(sessionId: string, value: CachedSession, readEpoch: number, idleDeadline: number) {
  if (readEpoch !== epoch) return;
  if (entries.size >= SESSION_CACHE_MAX) {
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  // Frozen: the same actor object now serves several requests.
  const actor = Object.freeze({ ...value.actor });
  const until = Math.min(Date.now() + SESSION_CACHE_MS, idleDeadline);
  entries.set(sessionId, { actor, mustChangePassword: value.mustChangePassword, until });
}

/** Drops cached lookups of one session, of one user's sessions, or all (call after the change has committed). */
export function forgetSessions(which: { sessionId: string } | { userId: number } | 'all') {
  epoch++;
  if (which === 'all') entries.clear();
  else if ('sessionId' in which) entries.delete(which.sessionId);
  else for (const [id, e] of entries) if (e.actor.userId === which.userId) entries.delete(id);
}
