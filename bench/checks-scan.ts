/**
 * The baseline of the review checks: one aggregate scan over every row the checks statement
 * (server/modules/reviews/checks-sql.ts) reads for a set of samples (`samples`, a SELECT of review_sample rows): the
 * samples, their forms and projects, indicator rows and attachments, the fields' keyword rows, the forms of the
 * samples' units (the unit-level check), the samples' near-duplicate pairs and, for the pairs at or above the
 * default threshold, the other form with its project and unit names. (Until 2026-11-28 the checks read every form of
 * the samples' fields with its analysis text and last year's forms; the pairs now stand for those.)
 */
export function checksReadScan(samples: string) {
  return `WITH s AS (SELECT se.id, se.unit_id, se.department_id, se.region_code, se.year, p.field_code,
                         se.analysis_length + se.total + length(p.name) + cardinality(p.name_patterns) AS len
                    FROM (${samples}) rs JOIN self_evaluation se ON se.id = rs.self_evaluation_id
                    JOIN project p ON p.id = se.project_id),
            i AS (SELECT count(*) AS n,
                         sum(length(si.name_normalized) + length(si.name_key) + si.weight + si.rule_score) AS v
                    FROM self_evaluation_indicator si WHERE si.self_evaluation_id IN (SELECT id FROM s)),
            a AS (SELECT count(*) AS n, sum(length(a.filename)) AS v FROM attachment a
                   WHERE a.owner_entity = 'selfEvaluation' AND a.owner_id IN (SELECT id FROM s)),
            f AS (SELECT count(*) AS n, sum(cardinality(d.keywords_normalized)) AS v FROM field d
                   WHERE (d.region_code, d.code) IN (SELECT region_code, field_code FROM s)),
            u AS (SELECT count(*) AS n, sum(y.total) AS v FROM self_evaluation y
                   WHERE (y.region_code, y.year, y.department_id, y.unit_id)
                         IN (SELECT region_code, year, department_id, unit_id FROM s)),
            t AS (SELECT count(*) AS n,
                         sum(t.similarity + CASE WHEN t.similarity >= 0.8
                                                 THEN (SELECT length(op.name) + length(ou.name) + o.analysis_length
                                                         FROM self_evaluation o JOIN project op ON op.id = o.project_id
                                                         JOIN org_unit ou ON ou.id = o.unit_id WHERE o.id = t.other_id)
                                                 ELSE 0 END) AS v
                    FROM review_text_pair t WHERE t.self_evaluation_id IN (SELECT id FROM s))
       SELECT (SELECT count(*) FROM s) + i.n + a.n + f.n + u.n + t.n AS n,
              (SELECT sum(len) FROM s) + i.v + coalesce(a.v, 0) + coalesce(f.v, 0) + u.v + coalesce(t.v, 0) AS v
         FROM i, a, f, u, t`;
}
