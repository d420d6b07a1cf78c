import { boolean, index, integer, pgTable, smallint, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../core/enums';
import { createdAt, id, regionCode, ts, updatedAt, version } from './columns';
import { orgUnits } from './org';

export const users = pgTable(
  'app_user',
  {
    id: id(),
    regionCode: regionCode(),
    username: varchar('username', { length: 40 }).notNull(),
    displayName: varchar('display_name', { length: 40 }).notNull(),
    role: varchar('role', { length: 16, enum: ROLES }).notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgUnits.id),
    phone: varchar('phone', { length: 20 }),
    passwordHash: varchar('password_hash', { length: 200 }).notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLogins: smallint('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    passwordChangedAt: ts('password_changed_at'),
    lastLoginAt: ts('last_login_at'),
    status: varchar('status', { length: 12 }).notNull().default('active'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('app_user_username_uq').on(t.username), index('app_user_org_idx').on(t.orgId)],
);

export const sessions = pgTable(
  'session',
  {
    /** sha256 of the cookie token; the token itself is never stored. */
    id: varchar('id', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    ip: varchar('ip', { length: 64 }),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);
