import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, smallint, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { ORG_KINDS } from '../../../core/enums';
import { createdAt, id, regionCode, updatedAt, version } from './columns';

export const regions = pgTable('region', {
  code: varchar('code', { length: 12 }).primaryKey(),
  name: varchar('name', { length: 60 }).notNull(),
  level: varchar('level', { length: 12 }).notNull(),
  parentCode: varchar('parent_code', { length: 12 }),
  createdAt: createdAt(),
});

export const orgUnits = pgTable(
  'org_unit',
  {
    id: id(),
    regionCode: regionCode(),
    kind: varchar('kind', { length: 16, enum: ORG_KINDS }).notNull(),
    parentId: integer('parent_id'),
    /** The competent department this node belongs to (itself for a department, null for the bureau). */
    departmentId: integer('department_id'),
    code: varchar('code', { length: 32 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    shortName: varchar('short_name', { length: 40 }),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('org_unit_region_code_uq').on(t.regionCode, t.code),
    index('org_unit_parent_idx').on(t.parentId),
    index('org_unit_department_idx').on(t.regionCode, t.departmentId),
  ],
);

export const fiscalYears = pgTable(
  'fiscal_year',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    status: varchar('status', { length: 12 }).notNull().default('open'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('fiscal_year_uq').on(t.regionCode, t.year)],
);

/** The key fields (重点领域): data, not code. */
export const fields = pgTable(
  'field',
  {
    id: id(),
    regionCode: regionCode(),
    code: varchar('code', { length: 32 }).notNull(),
    name: varchar('name', { length: 40 }).notNull(),
    keywords: varchar('keywords', { length: 400 }).notNull().default(''),
    /** The keywords as the review checks read them: split, normalised, empty ones dropped (jx_keywords, 0019). */
    keywordsNormalized: text('keywords_normalized').array().generatedAlwaysAs(sql`jx_keywords((keywords)::text)`),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('field_uq').on(t.regionCode, t.code)],
);
