import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReviewRules, type ReviewRules, reviewCheckCodes } from '../../../core/rules/review/index';
import {
  attachments,
  fields,
  orgUnits,
  projects,
  reviewFindings,
  reviewSamples,
  ruleSets,
  selfEvaluationIndicators,
  selfEvaluations,
} from '../../db/schema/index';
import { generateScale, type ScaleSpec } from '../../demo/scale/generate';
import { hashPassword } from '../../platform/auth/password';
import type { DbOrTx } from '../../platform/db/client';
import { createTestApp, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/db';
import { getRules } from '../rule-sets/service';
import { runChecks } from './batches';
import { buildFindings } from './checks';

// runChecks runs the 16 checks as one SQL statement (checks-sql.ts) over text facts the database keeps (generated
// columns) and cached near-duplicate pairs (text-pairs.ts). The reference is the pure rules: buildFindings over data
// read query by query (below). On generated data with every check made to fire, with the default rules and with a
// rule set that changes every parameter the statement takes, runChecks stores exactly the reference rows, texts
// included. (The similarity index is proven against all-pairs Dice in core/rules/review/similarity-index.test.ts.)

const spec: ScaleSpec = {
  regions: 1,
  departmentsPerRegion: 2,
  unitsPerDepartment: 3,
  projectsPerRegion: 150,
  libraryPerRegion: 10,
};
const region = '430001';
let t: TestApp;

/** The previous loader, query by query (the reference). */
async function referenceCheckData(db: DbOrTx, sampleIds: number[]) {
  const sampleRows = await db
    .select({
      sampleId: reviewSamples.id,
      round: reviewSamples.round,
      batchId: reviewSamples.batchId,
      selfEvaluationId: reviewSamples.selfEvaluationId,
    })
    .from(reviewSamples)
    .where(inArray(reviewSamples.id, sampleIds));
  const se = selfEvaluations;
  const formRows = await db
    .select({
      form: {
        id: se.id,
        regionCode: se.regionCode,
        year: se.year,
        unitId: se.unitId,
        departmentId: se.departmentId,
        conclusion: se.conclusion,
        problems: se.problems,
        measures: se.measures,
        executionRate: se.executionRate,
        total: se.total,
        grade: se.grade,
      },
      projectName: projects.name,
      fieldCode: projects.fieldCode,
      previousProjectId: projects.previousProjectId,
    })
    .from(se)
    .innerJoin(projects, eq(projects.id, se.projectId))
    .where(
      inArray(
        se.id,
        sampleRows.map((s) => s.selfEvaluationId),
      ),
    );
  const forms = new Map(formRows.map((f) => [f.form.id, f]));
  // The reference is given whole batches: a unit's first sample of the batch is its lowest sample id here.
  const seenUnits = new Set<string>();
  const samples = [...sampleRows]
    .sort((a, b) => a.sampleId - b.sampleId)
    .flatMap((s) => {
      const f = forms.get(s.selfEvaluationId);
      if (!f) return [];
      const unitKey = `${s.batchId}:${f.form.unitId}`;
      const unitFirst = !seenUnits.has(unitKey);
      seenUnits.add(unitKey);
      return [{ sampleId: s.sampleId, round: s.round, batchId: s.batchId, unitFirst, ...f }];
    });
  const formIds = samples.map((s) => s.form.id);
  const { regionCode, year } = samples[0].form;
  const unitIds = [...new Set(samples.map((s) => s.form.unitId))];
  const fieldCodes = [...new Set(samples.map((s) => s.fieldCode))];
  const previousIds = samples.map((s) => s.previousProjectId).filter((v): v is number => v !== null);
  const i = selfEvaluationIndicators;
  const indicators = await db
    .select({
      id: i.id,
      selfEvaluationId: i.selfEvaluationId,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      operator: i.operator,
      targetNumber: i.targetNumber,
      unit: i.unit,
      weight: i.weight,
      actualNumber: i.actualNumber,
      qualitativeLevel: i.qualitativeLevel,
      claimedScore: i.claimedScore,
      score: i.score,
      ruleScore: i.ruleScore,
      deviationReason: i.deviationReason,
      lastYearActual: i.lastYearActual,
    })
    .from(i)
    .where(inArray(i.selfEvaluationId, formIds))
    .orderBy(asc(i.selfEvaluationId), asc(i.sort));
  const files = await db
    .select({ ownerId: attachments.ownerId, slot: attachments.slot, filename: attachments.filename })
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, 'selfEvaluation'), inArray(attachments.ownerId, formIds)));
  const fieldRows = await db
    .select({ code: fields.code, keywords: fields.keywords })
    .from(fields)
    .where(and(eq(fields.regionCode, regionCode), inArray(fields.code, fieldCodes)));
  const yearForms = await db
    .select({
      id: se.id,
      unitId: se.unitId,
      total: se.total,
      projectName: projects.name,
      fieldCode: projects.fieldCode,
      unitName: orgUnits.name,
      conclusion: se.conclusion,
      problems: se.problems,
      measures: se.measures,
    })
    .from(se)
    .innerJoin(projects, eq(projects.id, se.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, se.unitId))
    .where(
      and(
        eq(se.regionCode, regionCode),
        eq(se.year, year),
        or(inArray(projects.fieldCode, fieldCodes), inArray(se.unitId, unitIds)),
      ),
    );
  const lastYearForms = previousIds.length
    ? await db
        .select({
          projectId: se.projectId,
          year: se.year,
          conclusion: se.conclusion,
          problems: se.problems,
          measures: se.measures,
        })
        .from(se)
        .where(inArray(se.projectId, previousIds))
    : [];
  return { samples, indicators, files, fieldRows, yearForms, lastYearForms, unitIds };
}

const run = (text: string) => t.database.db.execute(sql.raw(text));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await generateScale(db, { spec, seed: 5, passwordHash: await hashPassword(TEST_PASSWORD) });
  const ofYear = `region_code = '${region}' AND year = 2024`;
  // Every form of the year is a sample of the region's batch (the generator samples a fifth).
  await run(`INSERT INTO review_sample (region_code, batch_id, self_evaluation_id, project_id, unit_id, department_id,
                                        reasons)
             SELECT s.region_code, b.id, s.id, s.project_id, s.unit_id, s.department_id, 'random'
             FROM self_evaluation s JOIN review_batch b ON b.region_code = s.region_code AND b.year = 2024
             WHERE s.${ofYear.replace('AND year', 'AND s.year')} AND NOT EXISTS (
               SELECT 1 FROM review_sample x WHERE x.batch_id = b.id AND x.self_evaluation_id = s.id)`);
  // Make every check fire somewhere: evidence files (survey by slot or by name), 优 with low execution, a unit at
  // full marks, claims above the rule, targets below last year's actual, unmet qualitative rows without reasons.
  await run(`INSERT INTO attachment (region_code, owner_entity, owner_id, slot, filename, mime, size, sha256,
                                     storage_key, uploaded_by)
             SELECT region_code, 'selfEvaluation', id, CASE WHEN id % 3 = 0 THEN 'survey' ELSE 'contract' END,
                    CASE WHEN id % 3 = 1 THEN '满意度调查问卷.pdf' ELSE '验收报告.pdf' END, 'application/pdf', 1,
                    repeat('0', 64), 'k' || id, (SELECT min(id) FROM app_user)
             FROM self_evaluation WHERE ${ofYear} AND id % 2 = 0`);
  await run(`UPDATE self_evaluation SET grade = '优', execution_rate = 55.5 WHERE ${ofYear} AND id % 7 = 0`);
  await run(`UPDATE self_evaluation SET total = 100 WHERE year = 2024 AND unit_id = (
               SELECT unit_id FROM self_evaluation WHERE ${ofYear} GROUP BY unit_id HAVING count(*) >= 2
               ORDER BY unit_id LIMIT 1)`);
  await run(`UPDATE self_evaluation_indicator SET claimed_score = rule_score + 1
             WHERE region_code = '${region}' AND id % 11 = 0`);
  await run(`UPDATE self_evaluation_indicator SET last_year_actual = target_number * 2
             WHERE region_code = '${region}' AND target_number IS NOT NULL AND id % 5 = 0`);
  await run(`UPDATE self_evaluation_indicator SET qualitative_level = '未达成', deviation_reason = ''
             WHERE region_code = '${region}' AND operator = '定性' AND id % 3 = 0`);
  // The indicator-set checks: forms without benefit rows (one without any row), mostly qualitative forms, cost rows
  // with an increasing operator, a repeated name (the third output/benefit row takes the second's), level-2 codes
  // outside their level 1, and a form whose analysis is too short.
  const formsWhere = (condition: string) => `self_evaluation_id IN (SELECT id FROM self_evaluation
                                                                  WHERE ${ofYear} AND ${condition})`;
  await run(`DELETE FROM self_evaluation_indicator WHERE level1 = 'benefit' AND ${formsWhere('id % 13 = 0')}`);
  await run(`DELETE FROM self_evaluation_indicator
              WHERE self_evaluation_id = (SELECT min(id) FROM self_evaluation WHERE ${ofYear} AND id % 13 = 1)`);
  await run(`UPDATE self_evaluation_indicator SET operator = '定性', target_number = NULL, actual_number = NULL,
                                                 qualitative_level = '达成'
              WHERE ${formsWhere('id % 17 = 0')}`);
  await run(`UPDATE self_evaluation_indicator SET level1 = 'cost', level2 = 'economicCost', operator = '≥'
              WHERE id IN (SELECT max(id) FROM self_evaluation_indicator WHERE ${formsWhere('id % 19 = 0')}
                           GROUP BY self_evaluation_id)`);
  await run(`WITH o AS (SELECT id, self_evaluation_id AS form, name,
                               row_number() OVER (PARTITION BY self_evaluation_id ORDER BY sort, id) AS n
                          FROM self_evaluation_indicator
                         WHERE level1 IN ('output', 'benefit') AND ${formsWhere('id % 23 = 0')})
             UPDATE self_evaluation_indicator x SET name = second.name
               FROM o third, o second
              WHERE x.id = third.id AND third.n = 3 AND second.form = third.form AND second.n = 2`);
  await run(`UPDATE self_evaluation_indicator SET level2 = 'serviceSatisfaction'
              WHERE level1 = 'output' AND ${formsWhere('id % 29 = 0')}`);
  await run(
    `UPDATE self_evaluation SET conclusion = '完成较好', problems = '', measures = '' WHERE ${ofYear} AND id % 31 = 0`,
  );
  // Copies: every ninth form takes the analysis of the first form of its field, with a year added.
  await run(`WITH f AS (
               SELECT s.id, p.field_code, s.conclusion, s.problems, s.measures,
                      first_value(s.id) OVER (PARTITION BY p.field_code ORDER BY s.id) AS first_id
               FROM self_evaluation s JOIN project p ON p.id = s.project_id
               WHERE s.${ofYear.replace('AND year', 'AND s.year')})
             UPDATE self_evaluation s SET conclusion = c.conclusion || '（2024年）', problems = c.problems,
                                          measures = c.measures
             FROM f, f c WHERE s.id = f.id AND c.id = f.first_id AND f.id <> f.first_id AND f.id % 9 = 0`);
  // Predecessor projects (2023) for a quarter of the 2024 projects, with last year's form: copied or rewritten.
  await run(`WITH ins AS (
               INSERT INTO project (region_code, year, code, name, unit_id, department_id, field_code, budget_type,
                                    project_kind, is_new, start_year, end_year, total_amount, requested_amount,
                                    approved_amount, adjusted_amount, description, status, key_project)
               SELECT region_code, 2023, replace(code, 'XM2024', 'XM2023'), name, unit_id, department_id, field_code,
                      budget_type, project_kind, is_new, 2023, 2023, total_amount, requested_amount, approved_amount,
                      adjusted_amount, description, 'completed', key_project
               FROM project WHERE ${ofYear} AND id % 4 = 0 RETURNING id, code)
             UPDATE project p SET previous_project_id = ins.id FROM ins
             WHERE p.region_code = '${region}' AND p.code = replace(ins.code, 'XM2023', 'XM2024')`);
  await run(`INSERT INTO self_evaluation (region_code, year, project_id, unit_id, department_id, conclusion, problems,
                                          measures, total, grade, status)
             SELECT s.region_code, 2023, p.previous_project_id, s.unit_id, s.department_id,
                    CASE WHEN s.id % 2 = 0 THEN s.conclusion ELSE '上一年度另行撰写的结论，与本年度内容完全不同。' END,
                    s.problems, s.measures, s.total, s.grade, 'approved'
             FROM self_evaluation s JOIN project p ON p.id = s.project_id
             WHERE s.${ofYear.replace('AND year', 'AND s.year')} AND p.previous_project_id IS NOT NULL`);
}, 60_000);
afterAll(async () => t?.close());

const rowKey = (r: typeof reviewFindings.$inferInsert) =>
  JSON.stringify([
    r.regionCode,
    r.batchId,
    r.sampleId,
    r.unitId,
    r.departmentId,
    r.origin,
    r.code,
    r.area,
    r.severity,
    r.indicatorId ?? null,
    r.evidence,
    r.suggestion,
    r.status,
    r.round,
    r.createdBy ?? null,
  ]);

/** Runs the checks twice (the second run replaces the first) and compares with the reference; returns its rows. */
async function expectReferenceFindings(rules: ReviewRules) {
  const db = t.database.db;
  const ids = (
    await db.execute(sql`SELECT rs.id FROM review_sample rs JOIN review_batch b ON b.id = rs.batch_id
                         WHERE b.region_code = ${region} AND b.year = 2024 ORDER BY rs.id`)
  ).rows.map((r) => Number(r.id));
  const [finance] = (await db.execute(sql`SELECT id FROM app_user WHERE username = ${`f${region}`}`)).rows;
  const by = Number(finance.id);
  const expected = buildFindings(await referenceCheckData(db, ids), rules, by)
    .map((r) => rowKey({ ...r, round: r.round ?? 1 }))
    .sort();
  for (let pass = 0; pass < 2; pass += 1) {
    const count = await db.transaction((tx) => runChecks(tx, region, 2024, ids, by));
    const stored = await db
      .select()
      .from(reviewFindings)
      .where(
        and(
          inArray(reviewFindings.sampleId, ids),
          eq(reviewFindings.origin, 'rule'),
          eq(reviewFindings.status, 'proposed'),
        ),
      );
    expect(count).toBe(expected.length);
    expect(stored.map(rowKey).sort()).toEqual(expected);
  }
  expect(ids.length).toBeGreaterThan(40);
  return expected;
}

describe('runChecks stores exactly the findings of the reference path', () => {
  it('on a generated region with every check firing, twice in a row (the second run replaces the first)', async () => {
    const expected = await expectReferenceFindings(await getRules(t.database.db, region, 2024, 'review'));
    // Not vacuous: every check code fires, near-duplicates of other projects and of last year.
    const codes = new Set(expected.map((k) => JSON.parse(k)[6]));
    for (const code of reviewCheckCodes) expect(codes, code).toContain(code);
    expect(expected.some((k) => k.includes('上年自评'))).toBe(true);
    expect(expected.some((k) => k.includes('其他项目自评'))).toBe(true);
  }, 30_000);

  it('with a rule set that changes every parameter (stop words, thresholds, lists, severities)', async () => {
    const rules: ReviewRules = {
      ...defaultReviewRules,
      excellentGrade: '良',
      minExecutionRateForExcellent: 97.5,
      fullScore: 90,
      minUnitProjects: 3,
      minQuantitativeShare: 0.75,
      minAnalysisLength: 45,
      similarityThreshold: 0.55,
      minSimilarityLength: 8,
      surveyEvidenceKinds: ['contract'],
      surveyNameKeywords: ['验收'],
      fieldRelevanceLevel2: ['quantity', 'quality', 'timeliness'],
      projectNameStopWords: ['项目', '建设', '工程'],
      severities: { ...defaultReviewRules.severities, noEvidence: 'P1', analysisNearDuplicate: 'P0' },
    };
    await t.database.db
      .insert(ruleSets)
      .values({ regionCode: region, year: 2024, area: 'review', versionNo: 99, data: rules });
    const expected = await expectReferenceFindings(await getRules(t.database.db, region, 2024, 'review'));
    expect(new Set(expected.map((k) => JSON.parse(k)[6])).size).toBeGreaterThan(8);
  }, 30_000);

  it('rebuilds the near-duplicate pairs of a field after a form is edited (no stale pair, no missed copy)', async () => {
    // One form of the batch takes the analysis of another form of its field; a copy that was there is rewritten.
    await run(`WITH f AS (SELECT s.id, p.field_code, row_number() OVER (PARTITION BY p.field_code ORDER BY s.id) AS n
                            FROM self_evaluation s JOIN project p ON p.id = s.project_id
                           WHERE s.region_code = '${region}' AND s.year = 2024)
               UPDATE self_evaluation s SET conclusion = c.conclusion, problems = c.problems, measures = c.measures
                 FROM f a, f b, self_evaluation c
                WHERE s.id = a.id AND a.n = 2 AND b.field_code = a.field_code AND b.n = 3 AND c.id = b.id`);
    await run(`UPDATE self_evaluation SET conclusion = '本年度重新撰写的结论（' || id || '）', problems = '', measures = ''
                WHERE id = (SELECT min(id) FROM self_evaluation WHERE region_code = '${region}' AND year = 2024
                             AND id % 9 = 0)`);
    const expected = await expectReferenceFindings(await getRules(t.database.db, region, 2024, 'review'));
    expect(expected.some((k) => k.includes('其他项目自评'))).toBe(true);
  }, 30_000);
});
