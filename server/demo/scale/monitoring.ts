import { sql } from 'drizzle-orm';
import { defaultMonitoringRules } from '../../../core/rules/monitoring/index';
import { judgedIndicators } from '../../modules/monitoring/warning-sql';
import { recomputeRound } from '../../modules/monitoring/warnings';
import { type GenScope, h, inRegions, litArray, type StepResult, step } from './sql';

/**
 * 2025 Q1–Q3 rounds (Q1, Q2 closed; Q3 open with filled drafts), one entry per executing project and round, progress
 * per indicator. Warning colors are the product's: indicator rows are inserted judged by the warning SQL, entries
 * get theirs from recomputeRound.
 */
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
  // Execution rate = time progress × (60%…115%).
  const ratio = `(60 + ${h(g, `p.id || 'm' || mr.period`, 56)})`;
  r.push(
    await step(
      g,
      'monitoring_entry',
      `INSERT INTO monitoring_entry (region_code, round_id, project_id, target_id, year, unit_id, department_id,
                                     annual_budget, adjusted_budget, funds_received, paid, status, filled_at,
                                     submitted_at, approved_at)
       SELECT p.region_code, mr.id, p.id, t.id, 2025, p.unit_id, p.department_id, p.approved_amount, p.adjusted_amount,
              p.adjusted_amount, p.adjusted_amount * mr.month * ${ratio} / 1200,
              CASE WHEN mr.status = 'open' THEN 'draft' ELSE 'approved' END,
              make_timestamptz(2025, mr.month + 1, 5, 9, 0, 0),
              CASE WHEN mr.status = 'closed' THEN make_timestamptz(2025, mr.month + 1, 6, 9, 0, 0) END,
              CASE WHEN mr.status = 'closed' THEN make_timestamptz(2025, mr.month + 1, 10, 9, 0, 0) END
       FROM project p
       JOIN performance_target t ON t.project_id = p.id AND t.is_current
       JOIN monitoring_round mr ON mr.region_code = p.region_code AND mr.year = 2025
       WHERE p.year = 2025 AND ${inRegions(g, 'p.region_code')}`,
    ),
  );
  const pace = `(70 + ${h(g, `e.id || 'i' || ti.sort`, 41)})`;
  // Indicator rows are inserted judged by the rules, one statement per quarter q (its round's month is 3q); generated
  // regions have no rule set of their own, so the defaults are in force (as getRules gives them).
  const quarters: StepResult[] = [];
  for (const q of [1, 2, 3]) {
    const source = sql.raw(`
       SELECT e.region_code, e.id AS entry_id, ti.id AS target_indicator_id,
              CASE WHEN ti.target_number IS NULL THEN NULL
                   WHEN ti.operator IN ('≥', '>') THEN round(ti.target_number * mr.month * ${pace} / 1200.0, 4)
                   ELSE ti.target_number END AS current_value,
              ti.target_number AS expected_value,
              CASE WHEN ti.target_number IS NULL THEN '按计划推进' ELSE '' END AS current_text,
              CASE WHEN ${pace} < 75 THEN 'possible' ELSE 'certain' END AS likelihood, ti.operator, ti.target_number
       FROM monitoring_entry e
       JOIN monitoring_round mr ON mr.id = e.round_id AND mr.period = ${q}
       JOIN target_indicator ti ON ti.target_id = e.target_id
       WHERE ${inRegions(g, 'e.region_code')}`);
    const keep = ['region_code', 'entry_id', 'target_indicator_id', 'current_value', 'expected_value', 'current_text'];
    const judged = judgedIndicators(defaultMonitoringRules, q * 3, [...keep, 'likelihood'], source);
    quarters.push(
      await step(
        g,
        `monitoring_indicator Q${q}`,
        sql`INSERT INTO monitoring_indicator (${sql.raw(keep.join(', '))}, likelihood, color, v) ${judged}`,
      ),
    );
  }
  const rows = quarters.reduce((n, x) => n + x.rows, 0);
  const seconds = quarters.reduce((n, x) => n + x.seconds, 0);
  r.push({ table: 'monitoring_indicator', rows, seconds, rowsPerSec: Math.round(rows / Math.max(seconds, 0.001)) });
  await storeWarnings(g);
  return r;
}

/**
 * Stores the entries' warning levels as the product computes them (recomputeRound, one statement per round); the
 * indicator rows are already judged, so only entries are written.
 */
async function storeWarnings(g: GenScope) {
  const t0 = performance.now();
  const rounds = await g.db.execute(
    sql.raw(`SELECT id, region_code FROM monitoring_round WHERE ${inRegions(g)} ORDER BY id`),
  );
  let rows = 0;
  for (const round of rounds.rows) {
    const res = await recomputeRound(g.db, String(round.region_code), Number(round.id));
    rows += res.changedEntries + res.changedIndicators;
  }
  const seconds = (performance.now() - t0) / 1000;
  g.log(
    `  ${'monitoring_entry (warnings)'.padEnd(28)} ${String(rows).padStart(10)} rows  ${seconds.toFixed(2).padStart(7)} s`,
  );
}
