import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsRules } from '../../../core/rules/results/index';
import { projects } from '../../db/schema/index';
import { generateScale } from '../../demo/scale/generate';
import { hashPassword } from '../../platform/auth/password';
import type { DbOrTx } from '../../platform/db/client';
import { createTestApp, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/db';
import { buildProject, orgByCode } from '../../test/factories';
import { getRules } from '../rule-sets/service';
import * as evidence from './evidence';
import { gradedProjects, linesOf, type ProposedLine, proposeLines } from './propose-lines';
import { referenceKeyEvaluations, referenceOpenCounts, referenceSelfEvaluations } from './propose-lines.reference';

// proposeLines walks the chains in one statement and reads evidence for their projects only. The implementation it
// replaced (every project of four years and all of the region's evidence loaded, chains walked in JS) is kept here as
// the reference: both must give the same lines and skips. Grading and line building are shared pure functions
// (gradedProjects, linesOf), unchanged by the rewrite, so what is compared is what changed: loading and walking. (The
// reference reads through the owning modules' read functions in their region-wide form, as it did, except
// monitoring, whose read changed shape and is repeated here as it was.)

type ChainProject = Awaited<ReturnType<typeof loadProjects>>[number];

/** The former monitoring read, two grouped queries (the module now reads both in one statement). */
async function referenceMonitoring(db: DbOrTx, region: string, year: number) {
  const out = new Map<number, { recovered: number; recoveries: number; redWarnings: number }>();
  const at = (id: number) => {
    const e = out.get(id) ?? { recovered: 0, recoveries: 0, redWarnings: 0 };
    out.set(id, e);
    return e;
  };
  const recoveries = await db.execute(
    sql`select project_id, sum(amount) as amount, count(*) as n from monitoring_disposal
         where region_code = ${region} and year = ${year} and kind = 'recoverFunds' group by project_id`,
  );
  for (const r of recoveries.rows)
    Object.assign(at(Number(r.project_id)), { recovered: Number(r.amount ?? 0), recoveries: Number(r.n) });
  const reds = await db.execute(
    sql`select project_id, count(*) as n from monitoring_entry
         where region_code = ${region} and year = ${year} and warning_color = 'red' group by project_id`,
  );
  for (const r of reds.rows) at(Number(r.project_id)).redWarnings = Number(r.n);
  return out;
}

/** Projects of the years a run touches (evaluated year − 1 … target year), for walking previousProjectId. */
async function loadProjects(db: DbOrTx, region: string, fromYear: number, toYear: number) {
  return db
    .select({
      id: projects.id,
      year: projects.year,
      name: projects.name,
      unitId: projects.unitId,
      departmentId: projects.departmentId,
      projectKind: projects.projectKind,
      requestedAmount: projects.requestedAmount,
      approvedAmount: projects.approvedAmount,
      previousProjectId: projects.previousProjectId,
    })
    .from(projects)
    .where(and(eq(projects.regionCode, region), gte(projects.year, fromYear), lte(projects.year, toYear)));
}

/** Walks a project forward (this year → next year …) along previousProjectId links. */
function chainIndex(list: ChainProject[]) {
  const byId = new Map(list.map((p) => [p.id, p]));
  const next = new Map<number, ChainProject>();
  for (const p of list) if (p.previousProjectId !== null) next.set(p.previousProjectId, p);
  return {
    byId,
    /** The chain from the project up to (and including) targetYear; last element is in targetYear or missing. */
    forward(projectId: number, targetYear: number): ChainProject[] {
      const out: ChainProject[] = [];
      let cur = byId.get(projectId);
      while (cur && cur.year <= targetYear && out.length < 10) {
        out.push(cur);
        cur = next.get(cur.id);
      }
      return out;
    },
  };
}

/**
 * (Reference) Builds the proposed adjustment list of a work year: every graded project (key evaluation, else the
 * reviewed self-evaluation, else the self-evaluation) that continues into the target year, with the
 * evidence chain (grades, monitoring recoveries and red warnings, ex-ante cuts, open rectification).
 */
async function referenceProposeLines(db: DbOrTx, region: string, year: number, rules: ResultsRules) {
  const targetYear = year + 1;
  const [selfEvals, keyEvals, monitoring, exAnte, projectList] = [
    await referenceSelfEvaluations(db, region, year - 1),
    await referenceKeyEvaluations(db, region, year),
    await referenceMonitoring(db, region, year),
    [...(await evidence.exAnte(db, region, year)), ...(await evidence.exAnte(db, region, targetYear))],
    await loadProjects(db, region, year - 2, targetYear),
  ];
  const index = chainIndex(projectList);
  const candidates = [...gradedProjects(selfEvals, keyEvals).values()]
    .map((g) => ({ g, chain: index.forward(g.projectId, targetYear) }))
    .filter(({ chain }) => chain.length > 1 && chain[chain.length - 1].year === targetYear);
  const open = await referenceOpenCounts(
    db,
    region,
    candidates.flatMap(({ chain }) => chain.map((p) => p.id)),
  );
  // Lines are built by the shared pure function (unchanged): the reference is the former loading and chain walk.
  const built = candidates.map(({ g, chain }) => ({ g, steps: chain, next: chain[chain.length - 1] }));
  return linesOf(built, { monitoring, exAnte, open }, rules);
}

let t: TestApp;
let unitId: number;
let departmentId: number;
const W = 1_000_000; // 1万元 in 分

async function keyEvaluation(projectId: number, grade: string, score: number, stage = 'finalised') {
  await t.database.pool.query(
    `insert into key_evaluation (region_code, year, name, kind, budget_type, object_type, project_id, object_name, unit_id,
       department_id, framework, stage, total_score, grade)
     values ('420102', 2025, $1, 'project', 'general', 'project', $2, $1, $3, $4, '{}'::jsonb, $5, $6, $7)`,
    [`重点评价${projectId}-${grade}`, projectId, unitId, departmentId, stage, score, grade],
  );
}

async function exAnte(projectId: number, year: number, requested: number, recommended: number) {
  await t.database.pool.query(
    `insert into ex_ante_assessment (region_code, year, project_id, unit_id, department_id, field_code, status, requested_amount, recommended_amount)
     values ('420102', $1, $2, $3, $4, 'education', 'concluded', $5, $6)`,
    [year, projectId, unitId, departmentId, requested, recommended],
  );
}

async function selfEvaluated(projectId: number) {
  const rows = await t.database.pool.query('select 1 from self_evaluation where project_id = $1', [projectId]);
  return rows.rowCount !== 0;
}

/** A project and its successors, one per year from 2024. */
async function chainOf(name: string, years: number[]) {
  const ids: number[] = [];
  for (const year of years) {
    const p = await buildProject(t.database.db, {
      unitId,
      departmentId,
      name,
      year,
      previousProjectId: ids.at(-1) ?? null,
      requestedAmount: (100 + year - 2024) * W,
      approvedAmount: year === 2026 ? null : 100 * W,
    });
    ids.push(p.id);
  }
  return ids;
}

const byProject = (lines: ProposedLine[]) => [...lines].sort((a, b) => a.projectId - b.projectId);

async function compare(year: number, region = '420102') {
  const rules = await getRules(t.database.db, region, year, 'results');
  const now = await proposeLines(t.database.db, region, year, rules);
  const ref = await referenceProposeLines(t.database.db, region, year, rules);
  expect(byProject(now.lines)).toEqual(byProject(ref.lines));
  expect([...now.skipped].sort()).toEqual([...ref.skipped].sort());
  // Inside a transaction (as generateRun calls it) too.
  await t.database.db.transaction(async (tx) => {
    expect(byProject((await proposeLines(tx, region, year, rules)).lines)).toEqual(byProject(ref.lines));
  });
  return now;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ id: unitId, departmentId } = await orgByCode(t.database.db, '104002'));
});
afterAll(async () => t.close());

describe('proposeLines equals the implementation it replaced', () => {
  it('on the demo region (2024 and 2025 work years)', async () => {
    const y2025 = await compare(2025);
    expect(y2025.lines.length).toBeGreaterThan(20);
    // The demo's chains carry recoveries, red warnings and open rectification, so those links are compared too.
    const details = y2025.lines.flatMap((l) => l.evidence.map((e) => e.detail));
    for (const word of ['收回资金', '红色预警', '未销号'])
      expect(
        details.some((d) => d.includes(word)),
        word,
      ).toBe(true);
    await compare(2024);
  });

  it('with review grades of reviewed self-evaluations (graded, ungraded, with and without a score)', async () => {
    await t.database.pool.query(
      `update review_sample r set review_grade = (array['优','良','中','差'])[1 + r.id % 4],
              review_total = case when r.id % 3 = 0 then null else 50 + r.id % 50 end
        where r.region_code = '420102' and r.id % 5 <> 0
          and exists (select 1 from project n where n.previous_project_id = r.project_id)`,
    );
    const now = await compare(2025);
    expect(now.lines.filter((l) => l.evaluationKind === 'selfEvaluationReview').length).toBeGreaterThan(3);
  });

  it('with key evaluations on either end of a chain, repeated ones, broken chains and ex-ante of both years', async () => {
    // A 2024 project self-evaluated in the demo whose chain reaches 2026: key-evaluate its 2025 successor too, so two
    // graded projects end in the same 2026 project (the self-evaluated one is proposed, once).
    const [linked] = (
      await t.database.pool.query(
        `select p24.id as a, p25.id as b, p26.id as c from project p24
           join self_evaluation s on s.project_id = p24.id and s.status <> 'draft'
           join project p25 on p25.previous_project_id = p24.id
           join project p26 on p26.previous_project_id = p25.id and p26.year = 2026
          where p24.region_code = '420102' and p24.year = 2024 order by p24.id limit 1`,
      )
    ).rows as { a: number; b: number; c: number }[];
    expect(await selfEvaluated(linked.a)).toBe(true);
    await keyEvaluation(linked.b, '良', 85);
    await exAnte(linked.c, 2026, 150 * W, 120 * W);
    // A chain of three with two key evaluations of its first project and ex-ante in both years (the later counts).
    const twice = await chainOf('重复评价项目', [2024, 2025, 2026]);
    await keyEvaluation(twice[0], '中', 70);
    await keyEvaluation(twice[0], '差', 55);
    // The 2025 project assessed in both years, the target year's first: the target year's counts (listed last).
    await exAnte(twice[1], 2026, 135 * W, 105 * W);
    await exAnte(twice[1], 2025, 130 * W, 110 * W);
    await exAnte(twice[2], 2026, 140 * W, 100 * W);
    // A chain that stops in 2025, one graded in 2025 itself, and an evaluation not yet finalised: no line.
    const broken = await chainOf('未延续项目', [2024, 2025]);
    await keyEvaluation(broken[0], '优', 95);
    const late = await chainOf('当年项目', [2025, 2026]);
    await keyEvaluation(late[0], '良', 88);
    const draft = await chainOf('评价未定稿项目', [2024, 2025, 2026]);
    await keyEvaluation(draft[0], '差', 40, 'reporting');
    // Open and closed rectification on the chain's projects.
    await t.database.pool.query(
      `insert into rectification_item (region_code, year, source, project_id, unit_id, department_id, problem, requirement, deadline, status)
       values ('420102', 2025, 'keyEvaluation', $1, $2, $3, '问题一', '要求一', '2099-01-01', 'open'),
              ('420102', 2025, 'keyEvaluation', $4, $2, $3, '问题二', '要求二', '2099-01-01', 'closed')`,
      [twice[2], unitId, departmentId, twice[0]],
    );

    const now = await compare(2025);
    const at = (id: number) => now.lines.filter((l) => l.projectId === id);
    expect(at(linked.a)).toHaveLength(1);
    expect(at(linked.b)).toHaveLength(0);
    expect(at(twice[0])[0]?.evidence.map((e) => e.kind)).toEqual([
      'keyEvaluation',
      'keyEvaluation',
      'exAnte',
      'rectification',
    ]);
    expect(at(twice[0])[0]?.grade).toBe('差');
    expect(at(twice[0])[0]?.evidence[2].amount).toBe(30 * W);
    expect(at(broken[0])).toHaveLength(0);
    expect(at(late[0])).toHaveLength(1);
    expect(at(draft[0])).toHaveLength(0);
  });
});

describe('proposeLines equals the implementation it replaced on generated carry-over', () => {
  it('on a small generated region (2024 → 2025 links, 2026 declarations) with evidence on its chains', async () => {
    const region = '430001';
    const spec = { regions: 1, departmentsPerRegion: 2, unitsPerDepartment: 3, projectsPerRegion: 150 };
    await generateScale(t.database.db, { spec, seed: 7, passwordHash: await hashPassword(TEST_PASSWORD) });
    const q = (text: string) => t.database.pool.query(text);
    // The generator's chains carry self-evaluations, review grades and rectification; add the other evidence: red
    // warnings, ex-ante of both years on chains' projects, key evaluations of a 2024 project (beside its
    // self-evaluation) and of 2025 projects (some on a chain that a 2024 project already carries into 2026).
    await q(`update monitoring_entry set warning_color = 'red'
              where region_code = '${region}' and year = 2025 and id % 3 = 0`);
    await q(`update review_sample set review_grade = (array['优','良','中','差'])[1 + id % 4],
                    review_total = case when id % 3 = 0 then null else 50 + id % 50 end
              where region_code = '${region}' and id % 2 = 0`);
    await q(`insert into ex_ante_assessment (region_code, year, project_id, unit_id, department_id, field_code, status,
                                             requested_amount, recommended_amount)
             select region_code, year, id, unit_id, department_id, field_code, 'concluded', requested_amount + 100000,
                    requested_amount - 100000 * (id % 4)
               from project where region_code = '${region}' and year in (2025, 2026)
                and previous_project_id is not null and id % 5 = 0`);
    await q(`insert into key_evaluation (region_code, year, name, kind, budget_type, object_type, project_id,
                                         object_name, unit_id, department_id, framework, stage, total_score, grade)
             select region_code, 2025, '重点评价' || id, 'project', 'general', 'project', id, name, unit_id,
                    department_id, '{}'::jsonb, 'finalised', 60 + id % 40, (array['优','良','中','差'])[1 + id % 4]
               from project where region_code = '${region}' and id % 11 = 0
                and (year = 2024 or (year = 2025 and project_kind in ('recurring', 'continuing')))`);
    const now = await compare(2025, region);
    const links = await q(`select count(*) as n from project where region_code = '${region}' and year = 2026`);
    expect(Number(links.rows[0].n)).toBeGreaterThan(20);
    expect(now.lines.length).toBeGreaterThan(20);
    const kinds = new Set<string>(now.lines.flatMap((l) => l.evidence.map((e) => e.kind)));
    for (const kind of ['selfEvaluation', 'selfEvaluationReview', 'keyEvaluation', 'monitoring', 'exAnte'])
      expect(kinds.has(kind), kind).toBe(true);
    expect(now.lines.some((l) => l.evaluationKind === 'keyEvaluation' && l.projectId !== l.nextProjectId)).toBe(true);
    await compare(2024, region);
  });
});
