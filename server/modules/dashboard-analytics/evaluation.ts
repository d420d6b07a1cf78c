import { sql } from 'drizzle-orm';
import { type ReviewArea, reviewAreaLabels } from '../../../core/rules/review/index';
import type { DbOrTx } from '../../platform/db/client';
import { queryRows } from '../../platform/optional-table';
import { drill } from './links';

const GRADES = ['优', '良', '中', '差'] as const;

/** Grades of the self-evaluations reviewed in the work year (year − 1 projects), self vs review. */
export async function gradeDistribution(db: DbOrTx, region: string, year: number) {
  const evaluated = year - 1;
  const self = await queryRows<{ grade: string; n: unknown }>(
    db,
    sql`select grade, count(*) as n from self_evaluation where region_code = ${region} and year = ${evaluated} and status <> 'draft' group by grade`,
  );
  const reviewed = await queryRows<{ grade: string; n: unknown }>(
    db,
    sql`select s.review_grade as grade, count(*) as n from review_sample s
        where s.batch_id in (select id from review_batch where region_code = ${region} and year = ${evaluated})
          and s.review_grade is not null group by s.review_grade`,
  );
  const of = (rows: { grade: string; n: unknown }[], g: string) => Number(rows.find((r) => r.grade === g)?.n ?? 0);
  return {
    evaluatedYear: evaluated,
    grades: GRADES.map((g) => ({
      grade: g,
      self: of(self, g),
      review: of(reviewed, g),
      link: drill.selfEvaluations(evaluated, { grade: g }),
    })),
  };
}

/** Accepted review suggestions of the work year by area. */
export async function suggestionsByArea(db: DbOrTx, region: string, year: number) {
  const rows = await queryRows<{ area: string; n: unknown; units: unknown }>(
    db,
    sql`select f.area, count(*) as n, count(distinct f.unit_id) as units from review_finding f
        where f.batch_id in (select id from review_batch where region_code = ${region} and work_year = ${year})
          and f.status = 'accepted' group by f.area order by f.area`,
  );
  return rows.map((r) => ({
    area: r.area,
    label: reviewAreaLabels[r.area as ReviewArea] ?? r.area,
    count: Number(r.n),
    units: Number(r.units),
    link: drill.reviewFindings(year, { area: r.area, status: 'accepted' }),
  }));
}

/** Quality scores of the agencies engaged in the work year. */
export async function agencyScores(db: DbOrTx, region: string, year: number) {
  const rows = await queryRows<{ id: number; name: string; engagements: unknown; scored: unknown; avg: unknown }>(
    db,
    sql`select a.id, coalesce(nullif(a.short_name, ''), a.name) as name, count(*) as engagements,
          count(e.quality_score) as scored, round(avg(e.quality_score), 2) as avg
        from agency_engagement e join agency a on a.id = e.agency_id
        where e.region_code = ${region} and e.year = ${year} and e.status <> 'cancelled'
        group by a.id, a.name, a.short_name order by a.id`,
  );
  return rows.map((r) => ({
    agencyId: Number(r.id),
    name: r.name,
    engagements: Number(r.engagements),
    scored: Number(r.scored),
    averageScore: r.avg === null ? null : Number(r.avg),
    link: drill.agency(Number(r.id)),
  }));
}

/** Rectification items of the work year by source: total, closed, overdue. */
export async function rectificationClosure(db: DbOrTx, region: string, year: number, today: string) {
  const rows = await queryRows<{ source: string; total: unknown; closed: unknown; overdue: unknown }>(
    db,
    sql`select source, count(*) as total, count(*) filter (where status = 'closed') as closed,
          count(*) filter (where status <> 'closed' and deadline < ${today}) as overdue
        from rectification_item where region_code = ${region} and year = ${year} group by source order by source`,
  );
  return rows.map((r) => ({
    source: r.source,
    total: Number(r.total),
    closed: Number(r.closed),
    overdue: Number(r.overdue),
    link: drill.rectification(year, { source: r.source }),
  }));
}
