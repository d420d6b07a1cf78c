import { bigint, integer, timestamp, varchar } from 'drizzle-orm/pg-core';

/** Identity primary key used by every table. */
export const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();
/** Tenant key carried by every business row. */
export const regionCode = () => varchar('region_code', { length: 12 }).notNull();
/** Money in 分 (fen); pg returns bigint as string, mode number maps it back (safe to 9×10^15). */
export const money = (name: string) => bigint(name, { mode: 'number' });
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
/** Optimistic-concurrency version of editable documents. */
export const version = () => integer('version').notNull().default(1);
