import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';

// What the review module's automated checks (自评复核自动检查) read about a set of forms, in one round trip: the
// forms with project name, field and predecessor; their indicator rows and evidence files; the keywords of their
// fields; the year's forms in those fields or units (near-duplicate texts, the unit-level check) and the forms of
// the predecessor projects (last year's texts). Read-only, not scoped: the caller has scoped its samples.

export interface CheckForm {
  form: {
    id: number;
    regionCode: string;
    year: number;
    unitId: number;
    departmentId: number;
    conclusion: string;
    problems: string;
    measures: string;
    executionRate: number | null;
    total: number;
    grade: string;
  };
  projectName: string;
  fieldCode: string;
  previousProjectId: number | null;
}

export interface CheckIndicator {
  id: number;
  selfEvaluationId: number;
  level1: string;
  level2: string;
  name: string;
  operator: string;
  targetNumber: number | null;
  unit: string;
  weight: number;
  actualNumber: number | null;
  qualitativeLevel: string | null;
  claimedScore: number | null;
  score: number;
  ruleScore: number;
  deviationReason: string;
  lastYearActual: number | null;
}

export interface YearAnalysis {
  id: number;
  unitId: number;
  total: number;
  projectName: string;
  fieldCode: string;
  unitName: string;
  conclusion: string;
  problems: string;
  measures: string;
}

export interface CheckInputs {
  forms: CheckForm[];
  /** In form and row order. */
  indicators: CheckIndicator[];
  files: { ownerId: number; slot: string; filename: string }[];
  fieldRows: { code: string; keywords: string }[];
  /** The year's forms (region and year of the first form) in the forms' fields or units, by id. */
  yearForms: YearAnalysis[];
  /** Every form of the predecessor projects, by id. */
  lastYearForms: { projectId: number; year: number; conclusion: string; problems: string; measures: string }[];
}

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null ? null : Number(v));

/**
 * Everything the review checks read about the forms `ids` (integers, inlined), in one round trip: six statements
 * sent as one simple query (no parameters, so PostgreSQL runs them in turn and node-postgres returns one result per
 * statement). Rows come back as plain rows: building JSON in the database cost more than pg parsing the fields.
 * numeric columns arrive as text and become numbers as Drizzle's `mode: 'number'` makes them (Number(text)).
 */
export async function checkInputs(db: DbOrTx, ids: number[]): Promise<CheckInputs> {
  if (!ids.every(Number.isSafeInteger)) throw new Error('checkInputs: form ids must be integers');
  const forms = `any('{${ids.join(',')}}'::int[])`;
  // Region and year of the first form; the forms' fields and units.
  const scope = `(select region_code, year from self_evaluation where id = ${forms} order by id limit 1)`;
  const formFields = `(select p.field_code from self_evaluation se join project p on p.id = se.project_id
                       where se.id = ${forms})`;
  const results = (await db.execute(
    sql.raw(`
    select se.id, se.region_code as "regionCode", se.year, se.unit_id as "unitId", se.department_id as "departmentId",
           se.conclusion, se.problems, se.measures, se.execution_rate as "executionRate", se.total, se.grade,
           p.name as "projectName", p.field_code as "fieldCode", p.previous_project_id as "previousProjectId"
    from self_evaluation se join project p on p.id = se.project_id where se.id = ${forms};
    select i.id, i.self_evaluation_id as "selfEvaluationId", i.level1, i.level2, i.name, i.operator,
           i.target_number as "targetNumber", i.unit, i.weight, i.actual_number as "actualNumber",
           i.qualitative_level as "qualitativeLevel", i.claimed_score as "claimedScore", i.score,
           i.rule_score as "ruleScore", i.deviation_reason as "deviationReason", i.last_year_actual as "lastYearActual"
    from self_evaluation_indicator i where i.self_evaluation_id = ${forms} order by i.self_evaluation_id, i.sort, i.id;
    select a.owner_id as "ownerId", a.slot, a.filename from attachment a
    where a.owner_entity = 'selfEvaluation' and a.owner_id = ${forms} order by a.id;
    select d.code, d.keywords from field d join ${scope} s on d.region_code = s.region_code
    where d.code in ${formFields};
    with y as materialized (select y.id, y.project_id, y.unit_id, y.total, y.conclusion, y.problems, y.measures
                            from self_evaluation y join ${scope} s on y.region_code = s.region_code and y.year = s.year),
         p as materialized (select id, name, field_code from project where id = any(array(select project_id from y)))
    select y.id, y.unit_id as "unitId", y.total, p.name as "projectName", p.field_code as "fieldCode",
           u.name as "unitName", y.conclusion, y.problems, y.measures
    from y join p on p.id = y.project_id join org_unit u on u.id = y.unit_id
    where p.field_code in ${formFields} or y.unit_id in (select unit_id from self_evaluation where id = ${forms})
    order by y.id;
    select l.project_id as "projectId", l.year, l.conclusion, l.problems, l.measures from self_evaluation l
    where l.project_id in (select p.previous_project_id from self_evaluation se join project p on p.id = se.project_id
                           where se.id = ${forms})
    order by l.id`),
  )) as unknown as { rows: Row[] }[];
  const [formRows, indicatorRows, files, fieldRows, yearRows, lastYearForms] = results.map((r) => r.rows);
  // numeric columns in place (1,500+ indicator rows a batch).
  for (const r of indicatorRows) {
    for (const key of ['targetNumber', 'actualNumber', 'claimedScore', 'lastYearActual']) r[key] = num(r[key]);
    for (const key of ['weight', 'score', 'ruleScore']) r[key] = Number(r[key]);
  }
  for (const r of yearRows) r.total = Number(r.total);
  return {
    forms: formRows.map(({ projectName, fieldCode, previousProjectId, ...form }) => ({
      form: { ...form, executionRate: num(form.executionRate), total: Number(form.total) } as CheckForm['form'],
      projectName: projectName as string,
      fieldCode: fieldCode as string,
      previousProjectId: previousProjectId as number | null,
    })),
    indicators: indicatorRows as unknown as CheckIndicator[],
    files: files as CheckInputs['files'],
    fieldRows: fieldRows as CheckInputs['fieldRows'],
    yearForms: yearRows as unknown as YearAnalysis[],
    lastYearForms: lastYearForms as CheckInputs['lastYearForms'],
  };
}
