import { type GenScope, inRegions, type StepResult, step } from './sql';

/**
 * Projects that continue from year to year, so the results application (绩效结果应用) has chains to walk: each unit's
 * recurring and continuing 2025 projects follow its 2024 projects one to one (in id order), and every recurring or
 * continuing 2025 project is declared again for 2026 (in the project library, requested at its 2025 amount, not yet
 * budgeted). Runs after every other step, which read the projects of 2024 and 2025 only.
 */
export async function generateCarryOver(g: GenScope): Promise<StepResult[]> {
  const carried = `project_kind IN ('recurring', 'continuing')`;
  const r: StepResult[] = [];
  r.push(
    await step(
      g,
      'project（2025 接续 2024）',
      `WITH o AS (SELECT id, unit_id, row_number() OVER (PARTITION BY unit_id ORDER BY id) AS k
                    FROM project WHERE year = 2024 AND ${inRegions(g)}),
            n AS (SELECT id, unit_id, row_number() OVER (PARTITION BY unit_id ORDER BY id) AS k
                    FROM project WHERE year = 2025 AND ${carried} AND ${inRegions(g)})
       UPDATE project p SET previous_project_id = o.id
         FROM n JOIN o ON o.unit_id = n.unit_id AND o.k = n.k
        WHERE p.id = n.id`,
    ),
  );
  r.push(
    await step(
      g,
      'project（2026 申报）',
      `INSERT INTO project (region_code, year, code, name, unit_id, department_id, field_code, budget_type, project_kind,
                            is_new, start_year, end_year, total_amount, requested_amount, description, status,
                            key_project, previous_project_id)
       SELECT region_code, 2026, 'XM2026' || substr(code, 7), name, unit_id, department_id, field_code, budget_type,
              project_kind, false, 2026, 2026, approved_amount, approved_amount, '模拟数据', 'inLibrary', key_project, id
       FROM project WHERE year = 2025 AND ${carried} AND ${inRegions(g)}`,
    ),
  );
  return r;
}
