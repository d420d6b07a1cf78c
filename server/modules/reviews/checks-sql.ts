// The 16 review checks of core/rules/review as one statement over a set of samples: what runChecks runs.
//
// The pure functions in core/rules/review stay the definition; this statement is their set-based twin, proven to
// store exactly the findings they make (checks-equality.test.ts, every check firing) down to the Chinese texts.
// Texts are normalised by the database when they are written (generated columns over the jx_* functions of
// migration 0019, the SQL twins of normalizeForSimilarity, normalize-sql.test.ts), and near-duplicate pairs come from
// review_text_pair (text-pairs.ts), so the statement reads rows and compares values; nothing is normalised here but
// the samples' project names when a region's stop words differ from the defaults stored in project.name_patterns.
// replaceRuleFindings runs it as a named prepared statement: its text never varies (rules and ids are parameters).
//
// Numbers print as JavaScript prints them: numeric columns through trim_scale (exact for the ≤ 15 significant digits
// the forms hold), ratios as float8 (shortest round-trip, as JavaScript for 1e-4 ≤ |x| < 1e15) with Math.round as
// floor(x + 0.5). Rules-dependent parts arrive as parameters: scalars, and small JSON tables (labels, allowed
// level pairs, severities) built here from the same constants the pure checks use.
import { type SQL, sql } from 'drizzle-orm';
import {
  allowedLevel1Of,
  increasingOperators,
  type Level2,
  level1Codes,
  level1Labels,
  level2Labels,
} from '../../../core/rules/indicator';
import {
  type ReviewRules,
  reviewCheckAreas,
  reviewCheckCodes,
  reviewSeverities,
} from '../../../core/rules/review/index';
import { achievedOf, claimedOf, columnOf, literalList, rowFlags } from '../../db/schema/indicator-row-facts';
import { defaultStopWordsSql } from '../../db/schema/projects';
import { intArray } from '../../platform/any-of';

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const texts = (list: readonly string[]) => sql`array(select jsonb_array_elements_text(${json(list)}))`;
const increasing = literalList(increasingOperators);
const percent = (ratio: number) => String(Math.round(ratio * 10000) / 100);

/** The rule-dependent tables and values, one row (`r`) and three small tables the checks join. */
function ruleTables(rules: ReviewRules): SQL {
  const taxonomy = rules.taxonomies[rules.framework];
  const level2 = (Object.keys(level2Labels) as Level2[]).map((code) => {
    const homes = allowedLevel1Of(code, rules.framework, rules.taxonomies).map((level) => level1Labels[level]);
    const fix = homes.length > 0 ? `请将其归入${homes.join('或')}。` : '请按现行指标框架重新选择二级指标。';
    return { code, label: level2Labels[code], fix };
  });
  const allowed = level1Codes.flatMap((level1) => taxonomy[level1].map((code) => ({ level1, level2: code })));
  const checks = reviewCheckCodes.map((code, ord) => ({
    code,
    area: reviewCheckAreas[code],
    severity: rules.severities[code],
    rank: reviewSeverities.indexOf(rules.severities[code]),
    ord,
  }));
  return sql`
  r AS MATERIALIZED (SELECT ${texts(rules.surveyEvidenceKinds)} AS survey_kinds,
                            ${texts(rules.surveyNameKeywords)} AS survey_words,
                            ${texts(rules.fieldRelevanceLevel2)} AS relevance_level2,
                            ${texts(rules.projectNameStopWords)} AS stop_words),
  l1 AS (SELECT * FROM jsonb_to_recordset(${json(level1Codes.map((code) => ({ code, label: level1Labels[code] })))})
                    AS x(code text, label text)),
  l2 AS (SELECT * FROM jsonb_to_recordset(${json(level2)}) AS x(code text, label text, fix text)),
  allowed AS (SELECT * FROM jsonb_to_recordset(${json(allowed)}) AS x(level1 text, level2 text)),
  k AS (SELECT * FROM jsonb_to_recordset(${json(checks)}) AS x(code text, area text, severity text, rank int, ord int))`;
}

const num = (column: SQL) => sql`trim_scale(${column})::text`;

/**
 * The forms a run checks: a SELECT of the `s` columns below, one row per checked form (`sample_id` names the row: the
 * review sample, or the form itself when screening), and `firstOfUnit`, the condition on `s` that picks the one row
 * per unit the unit-level check reports on (the same one on every run).
 */
interface CheckedForms {
  rows: SQL;
  firstOfUnit: SQL;
}

const formColumns = sql`se.id AS form_id, se.region_code, se.year, se.unit_id, se.department_id, se.project_id,
         se.grade, se.total, se.execution_rate, se.analysis_length, p.name AS project_name, p.name_patterns,
         p.field_code`;

/** The review samples `sampleIds`; a unit's check goes on its first sample of the batch. */
function samplesChecked(sampleIds: number[]): CheckedForms {
  return {
    rows: sql`SELECT rs.id AS sample_id, rs.batch_id, rs.round, ${formColumns}
    FROM review_sample rs JOIN self_evaluation se ON se.id = rs.self_evaluation_id JOIN project p ON p.id = se.project_id
   WHERE rs.id = ANY(${intArray(sampleIds)})`,
    firstOfUnit: sql`s.sample_id = (SELECT min(f.id) FROM review_sample f WHERE f.batch_id = s.batch_id AND f.unit_id = s.unit_id)`,
  };
}

/** A unit's check of a screening goes on its first submitted form of the year. */
const firstSubmittedOfUnit = sql`s.form_id = (SELECT min(y.id) FROM self_evaluation y WHERE y.region_code = s.region_code
       AND y.year = s.year AND y.department_id = s.department_id AND y.unit_id = s.unit_id AND y.status <> 'draft')`;

/** Every submitted (not draft) self-evaluation of a region's year (screening). */
function yearChecked(regionCode: string, year: number): CheckedForms {
  return {
    rows: sql`SELECT se.id AS sample_id, NULL::int AS batch_id, 1::smallint AS round, ${formColumns}
    FROM self_evaluation se JOIN project p ON p.id = se.project_id
   WHERE se.region_code = ${regionCode}::text AND se.year = ${year}::int AND se.status <> 'draft'`,
    firstOfUnit: firstSubmittedOfUnit,
  };
}

/**
 * The WITH clause of a run: the rule tables, the checked forms `s`, their indicator rows and facts, and `found`, the
 * findings of the sixteen checks (sample_id, code, pos, ord, indicator_id, evidence, suggestion).
 */
function checksWith(forms: CheckedForms, rules: ReviewRules): SQL {
  const vals = sql`CASE WHEN i.operator = '定性' THEN '实际完成情况为“' || coalesce(i.qualitative_level, '（未填）') || '”'
      ELSE '目标值 ' || i.operator || coalesce(${num(sql`i.target_number`)}, '（未填）') || i.unit || '，实际完成值 ' ||
           CASE WHEN i.actual_number IS NULL THEN '（未填）' ELSE ${num(sql`i.actual_number`)} || i.unit END END`;
  const analysisLength = sql`${rules.minAnalysisLength}::int`;
  const similarityLength = sql`${rules.minSimilarityLength}::int`;
  const f = rowFlags(columnOf('i'), sql`i.claimed`, sql`i.achieved`);
  const mismatch = sql`NOT EXISTS (SELECT 1 FROM allowed o WHERE o.level1 = i.level1 AND o.level2 = i.level2)`;
  return sql`
WITH ${ruleTables(rules)},
s AS MATERIALIZED (
  ${forms.rows}),
i AS MATERIALIZED (
  -- Form order is (sort, id): the findings are ordered by it, and only a repeated name's message numbers a row.
  SELECT s.sample_id, s.form_id, si.id, si.sort,
         si.level1, si.level2, si.name, si.operator, si.target_number, si.unit, si.weight, si.actual_number,
         si.qualitative_level, si.rule_score, si.last_year_actual, si.name_key, si.name_normalized, si.deviation_blank,
         si.row_may_fire, ${claimedOf(columnOf('si'))} AS claimed, ${achievedOf(columnOf('si'))} AS achieved
    FROM s JOIN self_evaluation_indicator si ON si.self_evaluation_id = s.form_id),
-- The row-level checks' flags, on the rows that may raise one: a rule-independent flag (the stored row_may_fire) or
-- a level pair outside the rules' framework; only the rows that raise one are kept.
fl AS MATERIALIZED (
  SELECT * FROM (
    SELECT i.*, ${f.above} AS above, ${f.fullBelow} AS full_below, ${f.costUp} AS cost_up, ${mismatch} AS mismatch,
           ${f.looser} AS looser, ${f.noReason} AS no_reason
      FROM i WHERE i.row_may_fire OR ${mismatch} OFFSET 0) x -- OFFSET 0: each flag computed once, then tested
   WHERE above OR full_below OR cost_up OR mismatch OR looser OR no_reason),
iv AS NOT MATERIALIZED (SELECT i.*, ${vals} AS vals FROM fl i),
-- Per-form counts (hashed; forms without indicators have no row: the checks read them through a left join).
fc AS (SELECT i.form_id, count(*) AS n, count(*) FILTER (WHERE i.operator <> '定性') AS quant,
              bool_or(i.level1 = 'benefit') AS has_benefit, count(*) FILTER (WHERE i.level1 = 'satisfaction') AS sat
         FROM i GROUP BY i.form_id),
sn AS (SELECT i.form_id, string_agg('“' || i.name || '”', '、' ORDER BY i.sort, i.id) AS names
         FROM i WHERE i.level1 = 'satisfaction' GROUP BY i.form_id),
fa AS (SELECT s.form_id, count(a.id) AS n,
              bool_or(a.slot = ANY(r.survey_kinds)
                      OR EXISTS (SELECT 1 FROM unnest(r.survey_words) w WHERE strpos(a.filename, w) > 0)) AS survey
         FROM r, s LEFT JOIN attachment a ON a.owner_entity = 'selfEvaluation' AND a.owner_id = s.form_id
        GROUP BY s.form_id),
-- One row per checked form with its counts and attachments: the four form-level checks filter it (one join, not four).
pf AS MATERIALIZED (SELECT f.sample_id, f.form_id, coalesce(c.n, 0) AS n, c.quant, c.has_benefit, c.sat,
                           a.n AS files, a.survey
                      FROM s f LEFT JOIN fc c ON c.form_id = f.form_id JOIN fa a ON a.form_id = f.form_id),
-- Field keywords as the checks use them (split, normalised: the generated column), matched with LIKE ANY
-- ('%word%'; normalised texts hold no % _ or \\, punctuation is removed).
kw AS MATERIALIZED (SELECT d.code, d.keywords_normalized AS words,
                           array(SELECT '%' || w || '%' FROM unnest(d.keywords_normalized) w) AS patterns
                      FROM field d
                     WHERE d.region_code = (SELECT min(region_code) FROM s) AND d.code IN (SELECT field_code FROM s)
                       AND cardinality(d.keywords_normalized) > 0),
-- Bigram patterns of the project name split at the stop words (projectNameBigrams): stored for the default words.
pb AS MATERIALIZED (SELECT s.sample_id,
                           CASE WHEN r.stop_words = ${sql.raw(defaultStopWordsSql)} THEN s.name_patterns
                                ELSE jx_name_patterns(s.project_name, r.stop_words) END AS patterns
                      FROM s, r),
-- Repeated names among output and benefit indicators: only the forms' repeated keys are windowed.
dup AS (SELECT i.*, first_value(i.sort) OVER w AS first_sort, first_value(i.id) OVER w AS first_id,
               first_value(i.level1) OVER w AS first_level1,
               first_value(i.name) OVER w AS first_name
          FROM i WHERE i.level1 IN ('output', 'benefit')
           AND (i.form_id, i.name_key) IN (SELECT d.form_id, d.name_key FROM i d WHERE d.level1 IN ('output', 'benefit')
                                            GROUP BY d.form_id, d.name_key HAVING count(*) > 1)
        WINDOW w AS (PARTITION BY i.form_id, i.name_key ORDER BY i.sort, i.id)),
found(sample_id, code, pos, ord, indicator_id, evidence, suggestion) AS (
  SELECT s.sample_id, 'excellentWithLowExecution', 0, 0, NULL::int,
         '自评等级为“' || s.grade || '”（总分 ' || ${num(sql`s.total`)} || '），但预算执行率仅 ' ||
         ${num(sql`s.execution_rate`)} || '%，低于 ' || ${String(rules.minExecutionRateForExcellent)}::text || '%。',
         '请核实预算执行情况与产出、效益完成情况，按实际重新评分定级，并说明执行率偏低的原因。'
    FROM s WHERE s.grade = ${rules.excellentGrade}::text AND s.execution_rate < ${rules.minExecutionRateForExcellent}::numeric
  UNION ALL
  SELECT i.sample_id, 'claimedAboveRule', i.sort, 0, i.id,
         '指标“' || i.name || '”自评得分 ' || ${num(sql`i.claimed`)} || ' 分，按评分规则最高应得 ' ||
         ${num(sql`i.rule_score`)} || ' 分（' || i.vals || '）。',
         '请按评分规则将该指标得分调整为不高于 ' || ${num(sql`i.rule_score`)} || ' 分。'
    FROM iv i WHERE i.above
  UNION ALL
  SELECT i.sample_id, 'fullScoreBelowTarget', i.sort, 0, i.id,
         '指标“' || i.name || '”未完成目标（' || i.vals || '），但自评得满分 ' || ${num(sql`i.claimed`)} || ' 分。',
         '请按实际完成情况扣分，并在偏差原因分析中说明未完成的原因和改进措施。'
    FROM iv i WHERE i.full_below AND NOT i.above
  UNION ALL
  SELECT s.sample_id, 'unitAllFullScore', 0, 0, NULL::int,
         '本单位 ' || u.n || ' 个项目自评得分全部为 ' || ${String(rules.fullScore)}::text || ' 分（' ||
         (SELECT string_agg(p.name, '、' ORDER BY y.id) FROM self_evaluation y JOIN project p ON p.id = y.project_id
           WHERE y.region_code = s.region_code AND y.year = s.year AND y.department_id = s.department_id
             AND y.unit_id = s.unit_id) || '）。',
         '请对照评分规则逐项复核各项目得分，如实反映未完成的指标，避免“一刀切”满分。'
    FROM s JOIN LATERAL (
      SELECT count(*) AS n, min(y.total) AS low FROM self_evaluation y
       WHERE y.region_code = s.region_code AND y.year = s.year AND y.department_id = s.department_id
         AND y.unit_id = s.unit_id) u ON true
   WHERE s.total >= ${rules.fullScore}::numeric -- the sample's own form is one of the unit's: a cheap first test
     AND ${forms.firstOfUnit}
     AND u.n >= ${rules.minUnitProjects}::int AND u.low >= ${rules.fullScore}::numeric
  UNION ALL
  SELECT i.sample_id, 'indicatorUnrelatedToField', i.sort, 0, i.id,
         '指标“' || i.name || '”未包含项目名称“' || s.project_name || '”或所属领域关键词（' ||
         array_to_string(kw.words[1:5], '、') || '）中的任何内容。',
         '请确认该指标是否反映本项目的产出，必要时从指标库中选用本领域的指标。'
    FROM (SELECT i.* FROM r, i WHERE i.level2 = ANY(r.relevance_level2) OFFSET 0) i -- the rows to match, first
    JOIN s ON s.sample_id = i.sample_id JOIN kw ON kw.code = s.field_code JOIN pb ON pb.sample_id = i.sample_id
   WHERE NOT i.name_normalized LIKE ANY (kw.patterns) AND NOT i.name_normalized LIKE ANY (pb.patterns)
  UNION ALL
  SELECT p.sample_id, 'noBenefitIndicator', 0, 0, NULL::int, '共设置 ' || p.n || ' 个指标，其中效益指标 0 个。',
         '请补充反映项目实施效果的效益指标（经济、社会、生态效益或可持续影响）。'
    FROM pf p WHERE p.has_benefit IS NOT TRUE
  UNION ALL
  SELECT p.sample_id, 'mostlyQualitative', 0, 0, NULL::int,
         p.n || ' 个指标中定量指标 ' || p.quant || ' 个，占 ' ||
         (floor(p.quant::float8 / p.n * 10000 + 0.5) / 100)::text || '%，低于 ' ||
         ${percent(rules.minQuantitativeShare)}::text || '%。',
         '请将定性指标细化为可衡量、可考核的定量指标。'
    FROM pf p
   WHERE p.n > 0 AND p.quant::float8 < ${rules.minQuantitativeShare}::float8 * p.n - 1e-9
  UNION ALL
  SELECT i.sample_id, 'costIncreasingOperator', i.sort, 0, i.id,
         '成本指标“' || i.name || '”（' || a.label || '-' || b.label || '）使用“' || i.operator ||
         coalesce(${num(sql`i.target_number`)}, '') || '”，成本越高得分越高。',
         '成本指标应使用“≤”或“<”，以控制成本为导向。'
    FROM fl i JOIN l1 a ON a.code = i.level1 JOIN l2 b ON b.code = i.level2 WHERE i.cost_up
  UNION ALL
  SELECT d.sample_id, 'duplicateIndicatorName', d.sort, 0, d.id,
         a.label || '“' || d.name || '”与' || b.label || '“' || d.first_name || '”（第 ' ||
         (SELECT count(*) FROM self_evaluation_indicator x
           WHERE x.self_evaluation_id = d.form_id AND (x.sort, x.id) <= (d.first_sort, d.first_id)) ||
         ' 个指标）重复。',
         '请删除重复指标，或改为从不同角度反映产出和效益的指标。'
    FROM dup d JOIN l1 a ON a.code = d.level1 JOIN l1 b ON b.code = d.first_level1 WHERE d.id <> d.first_id
  UNION ALL
  SELECT i.sample_id, 'level2Mismatch', i.sort, 0, i.id,
         '指标“' || i.name || '”的二级指标“' || b.label || '”不属于一级指标“' || a.label || '”。', b.fix
    FROM fl i JOIN l1 a ON a.code = i.level1 JOIN l2 b ON b.code = i.level2 WHERE i.mismatch
  UNION ALL
  SELECT i.sample_id, 'targetLooserThanLastYear', i.sort, 0, i.id,
         '指标“' || i.name || '”目标值 ' || i.operator || ${num(sql`i.target_number`)} || i.unit || '，' ||
         CASE WHEN i.operator IN (${increasing}) THEN '低于' ELSE '高于' END || '上年实际完成值 ' ||
         ${num(sql`i.last_year_actual`)} || i.unit || '。',
         '目标值应不低于历史实际水平，请结合上年完成情况合理提高目标。'
    FROM fl i WHERE i.looser
  UNION ALL
  SELECT p.sample_id, 'noEvidence', 0, 0, NULL::int, '自评表共 ' || p.n || ' 个指标，未上传任何佐证材料（附件 0 个）。',
         '请上传支撑指标完成值的佐证材料，如验收报告、合同、台账、统计数据等。'
    FROM pf p WHERE p.files = 0
  UNION ALL
  SELECT p.sample_id, 'satisfactionWithoutSurvey', 0, 0, NULL::int,
         '设置了 ' || p.sat || ' 个满意度指标（' || n.names || '），但 ' || p.files || ' 个附件中没有满意度调查材料。',
         '请上传满意度调查问卷、调查统计表或调查报告，说明样本量和调查方式。'
    FROM pf p JOIN sn n ON n.form_id = p.form_id
   WHERE p.sat > 0 AND p.survey IS NOT TRUE
  UNION ALL
  SELECT i.sample_id, 'missingDeviationReason', i.sort, 0, i.id,
         '指标“' || i.name || '”未完成目标（' || i.vals || '），未填写偏差原因。',
         '请分析未完成的原因（人员、制度、经费、硬件等），并提出具体改进措施。'
    FROM iv i WHERE i.no_reason
  UNION ALL
  SELECT s.sample_id, 'analysisTooShort', 0, 0, NULL::int,
         '绩效分析文字仅 ' || s.analysis_length || ' 字，少于 ' || ${analysisLength} || ' 字。',
         '请结合指标完成情况，具体说明绩效目标实现程度、存在的问题和改进措施。'
    FROM s WHERE s.analysis_length < ${analysisLength}
  UNION ALL
  SELECT s.sample_id, 'analysisNearDuplicate', 0, x.ord, NULL::int,
         '绩效分析文字与' || x.source || x.label || '的文字相似度 ' ||
         (floor(x.similarity * 10000 + 0.5) / 100)::text || '%，达到 ' ||
         ${percent(rules.similarityThreshold)}::text || '% 的判定阈值。',
         '请根据本项目本年度的实际情况重新撰写绩效分析，不得套用其他项目或往年内容。'
    FROM s JOIN LATERAL (
      SELECT CASE WHEN t.last_year THEN '上年自评' ELSE '其他项目自评' END AS source,
             CASE WHEN t.last_year THEN '（' || o.year || '年）' ELSE '“' || op.name || '”（' || ou.name || '）' END
               AS label,
             t.similarity, t.ord
        FROM review_text_pair t JOIN self_evaluation o ON o.id = t.other_id
        JOIN project op ON op.id = o.project_id JOIN org_unit ou ON ou.id = o.unit_id
       WHERE t.self_evaluation_id = s.form_id AND t.similarity >= ${rules.similarityThreshold}::float8
         AND o.analysis_length >= ${similarityLength}
      OFFSET 0) x ON true -- OFFSET 0: one index look-up per sample, not a hash join over every stored pair
   WHERE s.analysis_length >= ${similarityLength})`;
}

/**
 * SELECT of the finding rows (review_finding columns) of the samples `sampleIds`, in the order runReviewChecks
 * returns them per sample (severity, check, indicator). `createdBy` is stored as the author of each finding.
 */
export function checkFindingsQuery(sampleIds: number[], rules: ReviewRules, createdBy: number | null): SQL {
  return sql`${checksWith(samplesChecked(sampleIds), rules)}
SELECT s.region_code, s.batch_id, f.sample_id, s.unit_id, s.department_id, 'rule' AS origin, f.code, k.area,
       k.severity, f.indicator_id, left(f.evidence, 1000) AS evidence, left(f.suggestion, 1000) AS suggestion, 'proposed' AS status, s.round,
       ${createdBy}::int AS created_by
  FROM found f JOIN s ON s.sample_id = f.sample_id JOIN k ON k.code = f.code
 ORDER BY f.sample_id, k.rank, k.ord, f.pos, f.indicator_id, f.ord`;
}

/**
 * SELECT of the review_screening rows of a region's year: every submitted form with the number of its findings by
 * severity and the codes of the checks that fired (catalogue order), the texts left out (the statement does not
 * build them). `screenedBy` is stored as who ran it.
 */
export function screeningQuery(regionCode: string, year: number, rules: ReviewRules, screenedBy: number | null): SQL {
  // The findings are counted per form first (once, materialised), then joined to the forms: a form without any
  // still gets its row, and no plan can run the sixteen checks again per form.
  return sql`${checksWith(yearChecked(regionCode, year), rules)},
counted AS MATERIALIZED (
  SELECT f.sample_id, count(*) FILTER (WHERE k.severity = 'P0') AS p0, count(*) FILTER (WHERE k.severity = 'P1') AS p1,
         count(*) FILTER (WHERE k.severity = 'P2') AS p2, array_agg(DISTINCT k.ord) AS ords
    FROM found f JOIN k ON k.code = f.code GROUP BY f.sample_id)
SELECT s.form_id, s.region_code, s.year, s.unit_id, s.department_id, s.project_id, coalesce(c.p0, 0), coalesce(c.p1, 0),
       coalesce(c.p2, 0), ARRAY(SELECT k.code FROM k WHERE k.ord = ANY(c.ords) ORDER BY k.ord) AS codes,
       ${screenedBy}::int AS screened_by
  FROM s LEFT JOIN counted c ON c.sample_id = s.sample_id`;
}

/**
 * SELECT of the findings of one self-evaluation (any status) as its year's screening counts them, texts included, in
 * the order runReviewChecks returns them: what a form's screening row stands for (stores nothing).
 */
export function formFindingsQuery(formId: number, rules: ReviewRules): SQL {
  const forms: CheckedForms = {
    rows: sql`SELECT se.id AS sample_id, NULL::int AS batch_id, 1::smallint AS round, ${formColumns}
    FROM self_evaluation se JOIN project p ON p.id = se.project_id WHERE se.id = ${formId}::int`,
    firstOfUnit: firstSubmittedOfUnit,
  };
  return sql`${checksWith(forms, rules)}
SELECT f.code, k.area, k.severity, f.indicator_id AS "indicatorId", left(f.evidence, 1000) AS evidence,
       left(f.suggestion, 1000) AS suggestion
  FROM found f JOIN k ON k.code = f.code
 ORDER BY k.rank, k.ord, f.pos, f.indicator_id, f.ord`;
}
