import { index, integer, jsonb, pgTable, smallint, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, regionCode } from './columns';

/** Versioned rule sets per region × year × area; the newest version is in force. */
export const ruleSets = pgTable(
  'rule_set',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    /** targets | scoring | review | exAnte | monitoring | keyEvaluation | results */
    area: varchar('area', { length: 24 }).notNull(),
    versionNo: integer('version_no').notNull(),
    data: jsonb('data').notNull(),
    note: varchar('note', { length: 500 }),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('rule_set_lookup_idx').on(t.regionCode, t.year, t.area, t.versionNo)],
);
