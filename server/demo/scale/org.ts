import { sql } from 'drizzle-orm';
import { fields } from '../catalog/fields';
import { departments } from '../catalog/org';
import { type GenScope, inRegions, lit, litArray, type StepResult, step } from './sql';

export interface OrgShape {
  departmentsPerRegion: number;
  unitsPerDepartment: number;
}

/** Regions, org tree (bureau → departments → budget units), fields, fiscal years and accounts of the generated regions. */
export async function generateOrg(g: GenScope, shape: OrgShape, passwordHash: string): Promise<StepResult[]> {
  const deptNames = litArray(departments.map((d) => d.shortName));
  const n = departments.length;
  const r: StepResult[] = [];
  r.push(
    await step(
      g,
      'region',
      `INSERT INTO region (code, name, level, parent_code)
       SELECT c, '模拟' || right(c, 4) || '区', 'district', '420000' FROM unnest(${litArray(g.codes)}) c`,
    ),
  );
  r.push(
    await step(
      g,
      'org_unit (bureau)',
      `INSERT INTO org_unit (region_code, kind, code, name, short_name)
       SELECT code, 'bureau', 'CZJ', name || '财政局', '财政局' FROM region WHERE ${inRegions(g, 'code')}`,
    ),
  );
  r.push(
    await step(
      g,
      'org_unit (department)',
      `INSERT INTO org_unit (region_code, kind, parent_id, code, name, short_name, sort)
       SELECT b.region_code, 'department', b.id, (100 + d)::text, rg.name || (${deptNames})[1 + (d - 1) % ${n}],
              (${deptNames})[1 + (d - 1) % ${n}], d
       FROM org_unit b JOIN region rg ON rg.code = b.region_code
       CROSS JOIN generate_series(1, ${shape.departmentsPerRegion}) d
       WHERE b.kind = 'bureau' AND ${inRegions(g, 'b.region_code')}`,
    ),
  );
  await step(
    g,
    'org_unit (department_id)',
    `UPDATE org_unit SET department_id = id WHERE kind = 'department' AND ${inRegions(g)}`,
  );
  r.push(
    await step(
      g,
      'org_unit (budgetUnit)',
      `INSERT INTO org_unit (region_code, kind, parent_id, department_id, code, name, sort)
       SELECT d.region_code, 'budgetUnit', d.id, d.id, d.code || lpad(j::text, 3, '0'),
              d.short_name || '第' || j || '直属单位', j
       FROM org_unit d CROSS JOIN generate_series(1, ${shape.unitsPerDepartment}) j
       WHERE d.kind = 'department' AND ${inRegions(g, 'd.region_code')}`,
    ),
  );
  r.push(
    await step(
      g,
      'field',
      `INSERT INTO field (region_code, code, name, keywords, sort)
       SELECT c, f.code, f.name, f.keywords, f.sort - 1
       FROM unnest(${litArray(g.codes)}) c
       CROSS JOIN unnest(${litArray(fields.map((f) => f.code))}, ${litArray(fields.map((f) => f.name))},
                         ${litArray(fields.map((f) => f.keywords.join(',')))}) WITH ORDINALITY AS f(code, name, keywords, sort)`,
    ),
  );
  r.push(
    await step(
      g,
      'fiscal_year',
      `INSERT INTO fiscal_year (region_code, year, status)
       SELECT c, y, CASE WHEN y < 2025 THEN 'closed' ELSE 'open' END
       FROM unnest(${litArray(g.codes)}) c CROSS JOIN generate_series(2024, 2026) y`,
    ),
  );
  r.push(await step(g, 'app_user', usersSql(g, passwordHash)));
  return r;
}

/** One finance account per region (f<region>) and one unit account per budget unit (u<region>_<unit code>). */
function usersSql(g: GenScope, passwordHash: string) {
  const where = sql.raw(inRegions(g, 'o.region_code'));
  const name = sql.raw(lit('绩效填报员'));
  return sql`INSERT INTO app_user (region_code, username, display_name, role, org_id, password_hash, must_change_password)
    SELECT o.region_code,
           CASE WHEN o.kind = 'bureau' THEN 'f' || o.region_code ELSE 'u' || o.region_code || '_' || o.code END,
           CASE WHEN o.kind = 'bureau' THEN '财政绩效科' ELSE ${name} END,
           CASE WHEN o.kind = 'bureau' THEN 'finance' ELSE 'unit' END,
           o.id, ${passwordHash}, false
    FROM org_unit o WHERE o.kind IN ('bureau', 'budgetUnit') AND ${where}`;
}
