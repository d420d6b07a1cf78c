import { type GenScope, h, inRegions, litArray, type StepResult, step } from './sql';

const COLOR = (v: string) =>
  `CASE WHEN ${v} >= 90 THEN 'green' WHEN ${v} >= 75 THEN 'blue' WHEN ${v} >= 60 THEN 'yellow' ELSE 'red' END`;

/** 2025 Q1–Q3 rounds (Q1, Q2 closed; Q3 open with filled drafts), one entry per executing project and round, progress per indicator. */
export async function generateMonitoring(g: GenScope): Promise<StepResult[]> {
  const r: StepResult[] = [];
  r.push(
    await step(
      g,
      'monitoring_round',
      `INSERT INTO monitoring_round (region_code, year, period_kind, period, month, name, deadline, status, closed_at)
       SELECT c, 2025, 'quarter', q, q * 3, '2025年第' || q || '季度绩效运行监控', make_date(2025, q * 3 + 1, 15),
              CASE WHEN q < 3 THEN 'closed' ELSE 'open' END,
              CASE WHEN q < 3 THEN make_timestamptz(2025, q * 3 + 1, 20, 9, 0, 0) END
       FROM unnest(${litArray(g.codes)}) c CROSS JOIN generate_series(1, 3) q`,
    ),
  );
  // Execution rate = time progress × (60%…115%): most green, some blue/yellow/red.
  const ratio = `(60 + ${h(g, `p.id || 'm' || mr.period`, 56)})`;
  r.push(
    await step(
      g,
      'monitoring_entry',
      `INSERT INTO monitoring_entry (region_code, round_id, project_id, target_id, year, unit_id, department_id,
                                     annual_budget, adjusted_budget, funds_received, paid, status, filled_at,
                                     submitted_at, approved_at, execution_color, execution_v, indicator_color, warning_color)
       SELECT p.region_code, mr.id, p.id, t.id, 2025, p.unit_id, p.department_id, p.approved_amount, p.adjusted_amount,
              p.adjusted_amount, p.adjusted_amount * mr.month * ${ratio} / 1200,
              CASE WHEN mr.status = 'open' THEN 'draft' ELSE 'approved' END,
              make_timestamptz(2025, mr.month + 1, 5, 9, 0, 0),
              CASE WHEN mr.status = 'closed' THEN make_timestamptz(2025, mr.month + 1, 6, 9, 0, 0) END,
              CASE WHEN mr.status = 'closed' THEN make_timestamptz(2025, mr.month + 1, 10, 9, 0, 0) END, ${COLOR(ratio)}, round(mr.month * ${ratio} / 12.0, 2),
              'green', ${COLOR(ratio)}
       FROM project p
       JOIN performance_target t ON t.project_id = p.id AND t.is_current
       JOIN monitoring_round mr ON mr.region_code = p.region_code AND mr.year = 2025
       WHERE p.year = 2025 AND ${inRegions(g, 'p.region_code')}`,
    ),
  );
  const pace = `(70 + ${h(g, `e.id || 'i' || ti.sort`, 41)})`;
  r.push(
    await step(
      g,
      'monitoring_indicator',
      `INSERT INTO monitoring_indicator (region_code, entry_id, target_indicator_id, current_value, expected_value,
                                         current_text, likelihood, color, v)
       SELECT e.region_code, e.id, ti.id,
              CASE WHEN ti.target_number IS NULL THEN NULL
                   WHEN ti.operator IN ('≥', '>') THEN round(ti.target_number * mr.month * ${pace} / 1200.0, 4)
                   ELSE ti.target_number END,
              ti.target_number,
              CASE WHEN ti.target_number IS NULL THEN '按计划推进' ELSE '' END,
              CASE WHEN ${pace} < 75 THEN 'possible' ELSE 'certain' END, ${COLOR(pace)}, ${pace}
       FROM monitoring_entry e
       JOIN monitoring_round mr ON mr.id = e.round_id
       JOIN target_indicator ti ON ti.target_id = e.target_id
       WHERE ${inRegions(g, 'e.region_code')}`,
    ),
  );
  await step(
    g,
    'monitoring_entry (colors)',
    `UPDATE monitoring_entry e SET indicator_color = w.c,
            warning_color = CASE WHEN 'red' IN (w.c, e.execution_color) THEN 'red'
                                 WHEN 'yellow' IN (w.c, e.execution_color) THEN 'yellow'
                                 WHEN 'blue' IN (w.c, e.execution_color) THEN 'blue' ELSE 'green' END
     FROM (SELECT entry_id, CASE WHEN bool_or(color = 'red') THEN 'red' WHEN bool_or(color = 'yellow') THEN 'yellow'
                                 WHEN bool_or(color = 'blue') THEN 'blue' ELSE 'green' END AS c
           FROM monitoring_indicator WHERE ${inRegions(g)} GROUP BY entry_id) w
     WHERE w.entry_id = e.id`,
  );
  return r;
}
