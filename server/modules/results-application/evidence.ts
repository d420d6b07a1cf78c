import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';

// The evidence layer reads other modules' tables by name, defensively: those modules are built in
// parallel, so a table (or a column) that does not exist yet is skipped instead of failing the proposal.
// Raw SQL on purpose: importing their Drizzle tables would break this module whenever theirs changes.

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = await db.execute(query);
  return res.rows as T[];
}

/** Whether the table exists and has all the columns we read. */
export async function hasTable(db: DbOrTx, table: string, columns: string[]): Promise<boolean> {
  const [reg] = await rows<{ ok: boolean }>(db, sql`select to_regclass(${`public.${table}`}) is not null as ok`);
  if (!reg?.ok) return false;
  const found = await rows<{ column_name: string }>(
    db,
    sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table}`,
  );
  const names = new Set(found.map((c) => c.column_name));
  return columns.every((c) => names.has(c));
}

export interface SelfEvaluationEvidence {
  id: number;
  projectId: number;
  total: number | null;
  grade: string;
  review: { sampleId: number; total: number | null; grade: string } | null;
}

/** Self-evaluations of the evaluated year (not drafts), with the latest review grade where reviewed. */
export async function selfEvaluations(db: DbOrTx, region: string, year: number): Promise<SelfEvaluationEvidence[]> {
  if (!(await hasTable(db, 'self_evaluation', ['id', 'project_id', 'total', 'grade', 'status', 'year', 'region_code'])))
    return [];
  const list = await rows<{ id: number; project_id: number; total: unknown; grade: string }>(
    db,
    sql`select id, project_id, total, grade from self_evaluation
        where region_code = ${region} and year = ${year} and status <> 'draft'`,
  );
  const reviews = new Map<number, { sampleId: number; total: number | null; grade: string }>();
  if (
    await hasTable(db, 'review_sample', ['id', 'self_evaluation_id', 'review_total', 'review_grade', 'region_code'])
  ) {
    const rs = await rows<{ id: number; self_evaluation_id: number; review_total: unknown; review_grade: string }>(
      db,
      sql`select distinct on (self_evaluation_id) id, self_evaluation_id, review_total, review_grade
          from review_sample where region_code = ${region} and review_grade is not null
          order by self_evaluation_id, id desc`,
    );
    for (const r of rs)
      reviews.set(Number(r.self_evaluation_id), {
        sampleId: Number(r.id),
        total: num(r.review_total),
        grade: r.review_grade,
      });
  }
  return list.map((r) => ({
    id: Number(r.id),
    projectId: Number(r.project_id),
    total: num(r.total),
    grade: r.grade,
    review: reviews.get(Number(r.id)) ?? null,
  }));
}

export interface KeyEvaluationEvidence {
  id: number;
  projectId: number;
  name: string;
  total: number | null;
  grade: string;
}

/** Finalised key evaluations of a project object carried out in the work year. */
export async function keyEvaluations(db: DbOrTx, region: string, year: number): Promise<KeyEvaluationEvidence[]> {
  const cols = ['id', 'project_id', 'name', 'total_score', 'grade', 'stage', 'year', 'region_code'];
  if (!(await hasTable(db, 'key_evaluation', cols))) return [];
  const list = await rows<{ id: number; project_id: number; name: string; total_score: unknown; grade: string }>(
    db,
    sql`select id, project_id, name, total_score, grade from key_evaluation
        where region_code = ${region} and year = ${year} and project_id is not null and grade is not null
          and stage in ('finalised', 'archived')`,
  );
  return list.map((r) => ({
    id: Number(r.id),
    projectId: Number(r.project_id),
    name: r.name,
    total: num(r.total_score),
    grade: r.grade,
  }));
}

export interface MonitoringEvidence {
  recovered: number;
  recoveries: number;
  redWarnings: number;
}

/** Recoveries (收回) and red warnings per project from the work year's monitoring. */
export async function monitoring(db: DbOrTx, region: string, year: number): Promise<Map<number, MonitoringEvidence>> {
  const out = new Map<number, MonitoringEvidence>();
  const at = (id: number) => {
    const e = out.get(id) ?? { recovered: 0, recoveries: 0, redWarnings: 0 };
    out.set(id, e);
    return e;
  };
  if (await hasTable(db, 'monitoring_disposal', ['project_id', 'kind', 'amount', 'year', 'region_code'])) {
    const list = await rows<{ project_id: number; amount: unknown; n: unknown }>(
      db,
      sql`select project_id, coalesce(sum(amount), 0) as amount, count(*) as n from monitoring_disposal
          where region_code = ${region} and year = ${year} and kind = 'recoverFunds' group by project_id`,
    );
    for (const r of list)
      Object.assign(at(Number(r.project_id)), { recovered: Number(r.amount), recoveries: Number(r.n) });
  }
  if (await hasTable(db, 'monitoring_entry', ['project_id', 'warning_color', 'year', 'region_code'])) {
    const list = await rows<{ project_id: number; n: unknown }>(
      db,
      sql`select project_id, count(*) as n from monitoring_entry
          where region_code = ${region} and year = ${year} and warning_color = 'red' group by project_id`,
    );
    for (const r of list) at(Number(r.project_id)).redWarnings = Number(r.n);
  }
  return out;
}

export interface ExAnteEvidence {
  id: number;
  projectId: number;
  requested: number;
  recommended: number;
}

/** Concluded ex-ante assessments of the work year with a recommended amount. */
export async function exAnte(db: DbOrTx, region: string, year: number): Promise<ExAnteEvidence[]> {
  const cols = ['id', 'project_id', 'requested_amount', 'recommended_amount', 'status', 'year', 'region_code'];
  if (!(await hasTable(db, 'ex_ante_assessment', cols))) return [];
  const list = await rows<{ id: number; project_id: number; requested_amount: unknown; recommended_amount: unknown }>(
    db,
    sql`select id, project_id, requested_amount, recommended_amount from ex_ante_assessment
        where region_code = ${region} and year = ${year} and status = 'concluded' and recommended_amount is not null`,
  );
  return list.map((r) => ({
    id: Number(r.id),
    projectId: Number(r.project_id),
    requested: Number(r.requested_amount),
    recommended: Number(r.recommended_amount),
  }));
}
