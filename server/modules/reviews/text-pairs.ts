// Near-duplicate pairs of analysis texts (review_text_pair), the one input of the review checks the database cannot
// compute by itself: the similarity index of core/rules/review runs here, in JavaScript, per (region, year, field).
//
// A group's pairs are a pure function of its forms' analysis texts and of their projects' previous-year texts, so
// each group keeps a stamp (an md5 of exactly those) and is rebuilt only when its stamp changes: the first check of a
// year builds every group it touches, later runs rebuild the groups where a unit saved a form. Pairs are kept at
// Dice ≥ 0.5 and for texts of any length, the lowest the review rules allow (0.5–1, ≥ 1 character), so a rule
// change never needs a rebuild: the checks filter by the rules' threshold and lengths when they read.
import { sql } from 'drizzle-orm';
import { groupBy } from '../../../core/group-by';
import { buildSimilarityIndex, findSimilarToIndexed, textSimilarity } from '../../../core/rules/review/index';
import { intArray } from '../../platform/any-of';
import type { DbOrTx } from '../../platform/db/client';
import { tablesStamp } from '../../platform/stamp-cache';
import { getRules } from '../rule-sets/service';
import { analysisOf } from './checks';

/** Lowest similarity threshold and text length the review rules accept (core/rules/review/rule-fields.ts). */
const FLOOR = { threshold: 0.5, minLength: 1 };
/** Order of the last-year pair after the other projects' (runReviewChecks compares with last year last). */
const LAST_YEAR_ORD = 1_000_000;

type GroupForm = {
  id: number;
  field_code: string;
  conclusion: string;
  problems: string;
  measures: string;
  last_id: number | null;
  last_text: string | null;
};

/** The current stamp of every (field) group of the region's year whose stored stamp differs. */
function staleGroups(tx: DbOrTx, regionCode: string, year: number) {
  return tx.execute<{ field_code: string; stamp: string }>(sql`
    WITH cur AS (SELECT p.field_code,
                        md5(string_agg(se.id || ':' || se.conclusion || se.problems || se.measures || ':' ||
                                       coalesce(l.id || ':' || l.conclusion || l.problems || l.measures, ''),
                                       '|' ORDER BY se.id)) AS stamp
                   FROM self_evaluation se JOIN project p ON p.id = se.project_id
                   LEFT JOIN self_evaluation l ON l.project_id = p.previous_project_id
                  WHERE se.region_code = ${regionCode} AND se.year = ${year}
                  GROUP BY p.field_code)
    SELECT cur.field_code, cur.stamp FROM cur
      LEFT JOIN review_text_group t ON t.region_code = ${regionCode} AND t.year = ${year} AND t.field_code = cur.field_code
     WHERE t.stamp IS DISTINCT FROM cur.stamp`);
}

/** Pairs of one group's forms: other forms of the group (index order), then the previous year's form. */
function groupPairs(forms: GroupForm[]) {
  const index = buildSimilarityIndex(forms, analysisOf, FLOOR);
  const pairs: { a: number; b: number; s: number; l: boolean; o: number }[] = [];
  for (const form of forms) {
    let ord = 0;
    for (const match of findSimilarToIndexed(index, form) ?? [])
      if (match.item.id !== form.id)
        pairs.push({ a: form.id, b: match.item.id, s: match.similarity, l: false, o: ord++ });
    if (form.last_id === null || form.last_text === null) continue;
    const similarity = textSimilarity(analysisOf(form), form.last_text);
    if (similarity >= FLOOR.threshold)
      pairs.push({ a: form.id, b: form.last_id, s: similarity, l: true, o: LAST_YEAR_ORD });
  }
  return pairs;
}

/**
 * Brings the pairs of a region's year up to date, in the caller's transaction (a lock per region and year keeps two
 * runs from rebuilding the same group at once). While the region's change stamps of self_evaluation and project stand
 * where the last refresh left them, one small query answers; otherwise every group's stamp is compared and the
 * changed groups are rebuilt. Returns the number of groups rebuilt.
 */
export async function refreshTextPairs(tx: DbOrTx, regionCode: string, year: number) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`review_text_pair:${regionCode}:${year}`}))`);
  // Read before the groups are, so a form saved meanwhile leaves a stamp that sends the next run to look again.
  const changes = await tablesStamp(tx, regionCode, ['self_evaluation', 'project']);
  const [marker] = (
    await tx.execute<{ stamp: string }>(sql`SELECT stamp FROM review_text_group
                                             WHERE region_code = ${regionCode} AND year = ${year} AND field_code = ''`)
  ).rows;
  const quiet = marker?.stamp === changes;
  if (quiet) return 0;
  const stale = (await staleGroups(tx, regionCode, year)).rows;
  await saveStamps(tx, regionCode, year, [...stale, { field_code: '', stamp: changes }]);
  if (stale.length === 0) return 0;
  const fields = stale.map((g) => g.field_code);
  const forms = (
    await tx.execute<GroupForm>(sql`
      SELECT se.id, p.field_code, se.conclusion, se.problems, se.measures, l.id AS last_id,
             CASE WHEN l.id IS NOT NULL THEN l.conclusion || l.problems || l.measures END AS last_text
        FROM self_evaluation se JOIN project p ON p.id = se.project_id
        LEFT JOIN self_evaluation l ON l.project_id = p.previous_project_id
       WHERE se.region_code = ${regionCode} AND se.year = ${year}
         AND p.field_code IN (SELECT jsonb_array_elements_text(${JSON.stringify(fields)}::jsonb))
       ORDER BY se.id`)
  ).rows;
  const pairs = [...groupBy(forms, (f) => f.field_code).values()].flatMap(groupPairs);
  await tx.execute(sql`DELETE FROM review_text_pair
                        WHERE self_evaluation_id = ANY(${intArray(forms.map((f) => f.id))})`);
  if (pairs.length > 0)
    await tx.execute(sql`
      INSERT INTO review_text_pair (self_evaluation_id, other_id, similarity, last_year, ord)
      SELECT a, b, s, l, o FROM json_to_recordset(${JSON.stringify(pairs)}::json)
                                AS x(a integer, b integer, s float8, l boolean, o integer)`);
  return stale.length;
}

function saveStamps(tx: DbOrTx, regionCode: string, year: number, stamps: { field_code: string; stamp: string }[]) {
  return tx.execute(sql`
    INSERT INTO review_text_group (region_code, year, field_code, stamp)
    SELECT ${regionCode}, ${year}, x.field_code, x.stamp
      FROM json_to_recordset(${JSON.stringify(stamps)}::json) AS x(field_code text, stamp text)
    ON CONFLICT (region_code, year, field_code) DO UPDATE SET stamp = excluded.stamp`);
}

/**
 * What every run of the checks needs first (a batch's samples, a year's screening, one form's detail): the review
 * rules of the region's year, and its near-duplicate pairs brought up to date.
 */
export async function checkRulesAndPairs(db: DbOrTx, regionCode: string, year: number) {
  const rules = await getRules(db, regionCode, year, 'review');
  await refreshTextPairs(db, regionCode, year);
  return rules;
}
