/** Drizzle access of the project sheet (xlsx import and the period columns of the export). */
import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { orgUnits, projectSteps, projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

const CHUNK = 1000;
const dept = alias(orgUnits, 'dept');

function chunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export interface ImportUnit {
  id: number;
  code: string;
  name: string;
  departmentId: number;
  departmentName: string;
}

/** Active budget units of the region with their department names. */
export async function budgetUnitsOf(db: DbOrTx, regionCode: string): Promise<ImportUnit[]> {
  const rows = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      departmentId: orgUnits.departmentId,
      departmentName: dept.name,
    })
    .from(orgUnits)
    .innerJoin(dept, eq(dept.id, orgUnits.departmentId))
    .where(and(eq(orgUnits.regionCode, regionCode), eq(orgUnits.kind, 'budgetUnit'), eq(orgUnits.active, true)));
  return rows.flatMap((r) => (r.departmentId === null ? [] : [{ ...r, departmentId: r.departmentId }]));
}

/** Which of the given (year, code) pairs already exist in the region, as `year|code` keys. */
export async function takenCodes(db: DbOrTx, regionCode: string, pairs: { year: number; code: string }[]) {
  const byYear = new Map<number, string[]>();
  for (const p of pairs) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p.code]);
  const taken = new Set<string>();
  for (const [year, codes] of byYear) {
    for (const part of chunks(codes)) {
      const rows = await db
        .select({ code: projects.code })
        .from(projects)
        .where(and(eq(projects.regionCode, regionCode), eq(projects.year, year), inArray(projects.code, part)));
      for (const r of rows) taken.add(`${year}|${r.code}`);
    }
  }
  return taken;
}

/** Inserts the projects in chunks and returns their ids in input order. */
export async function insertProjects(db: DbOrTx, values: (typeof projects.$inferInsert)[]) {
  const ids: number[] = [];
  for (const part of chunks(values, 500)) {
    const rows = await db.insert(projects).values(part).returning({ id: projects.id });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Inserts the creation step of every imported project. */
export async function insertSteps(db: DbOrTx, values: (typeof projectSteps.$inferInsert)[]) {
  for (const part of chunks(values)) await db.insert(projectSteps).values(part);
}

/** Period and total amount of the given projects (the export's columns the list query does not carry). */
export async function periodsOf(db: DbOrTx, ids: number[]) {
  const out = new Map<number, { startYear: number; endYear: number; totalAmount: number }>();
  for (const part of chunks(ids, 5000)) {
    const rows = await db
      .select({
        id: projects.id,
        startYear: projects.startYear,
        endYear: projects.endYear,
        totalAmount: projects.totalAmount,
      })
      .from(projects)
      .where(inArray(projects.id, part));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}
