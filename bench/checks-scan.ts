/**
 * The baseline of the review checks: one aggregate scan over every row the checks read for a set of samples (`samples`,
 * a SELECT of review_sample rows) of 2024 batches in `regions` (a list of quoted region codes): the samples' forms and
 * indicator rows, their attachments, the year's forms of the samples' (region, field)s and units with project and unit
 * names and analysis texts, last year's forms, and the near-duplicate pairs of the samples' forms (review_text_pair).
 */
export function checksReadScan(samples: string, regions: string) {
  return `WITH s AS (SELECT se.id, se.unit_id, se.region_code, p.field_code, p.previous_project_id,
                         length(se.conclusion || se.problems || se.measures) AS len
                    FROM (${samples}) rs JOIN self_evaluation se ON se.id = rs.self_evaluation_id
                    JOIN project p ON p.id = se.project_id),
            i AS (SELECT count(*) AS n, sum(length(si.name) + length(si.deviation_reason) + si.weight) AS v
                    FROM self_evaluation_indicator si WHERE si.self_evaluation_id IN (SELECT id FROM s)),
            a AS (SELECT count(*) AS n, sum(length(a.filename)) AS v FROM attachment a
                   WHERE a.owner_entity = 'selfEvaluation' AND a.owner_id IN (SELECT id FROM s)),
            y AS (SELECT count(*) AS n, sum(length(y.conclusion || y.problems || y.measures || p.name || u.name)) AS v
                    FROM self_evaluation y JOIN project p ON p.id = y.project_id JOIN org_unit u ON u.id = y.unit_id
                   WHERE y.region_code IN (${regions}) AND y.year = 2024
                     AND ((y.region_code, p.field_code) IN (SELECT region_code, field_code FROM s)
                          OR y.unit_id IN (SELECT unit_id FROM s))),
            l AS (SELECT count(*) AS n, sum(length(l.conclusion || l.problems || l.measures)) AS v
                    FROM self_evaluation l WHERE l.project_id IN (SELECT previous_project_id FROM s)),
            t AS (SELECT count(*) AS n, sum(t.similarity + t.other_id) AS v
                    FROM review_text_pair t WHERE t.self_evaluation_id IN (SELECT id FROM s))
       SELECT (SELECT count(*) FROM s) + i.n + a.n + y.n + l.n + t.n AS n,
              (SELECT sum(len) FROM s) + i.v + coalesce(a.v, 0) + y.v + coalesce(l.v, 0) + coalesce(t.v, 0) AS v
         FROM i, a, y, l, t`;
}
