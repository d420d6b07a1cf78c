import { type GenScope, h, inRegions, litArray, type StepResult, step } from './sql';
import { CONCLUSIONS, MEASURES, PROBLEMS } from './texts';

const CODES = [
  'missingDeviationReason',
  'analysisTooShort',
  'excellentWithLowExecution',
  'mostlyQualitative',
  'noEvidence',
];
const AREAS = [
  'evidenceSufficiency',
  'evidenceSufficiency',
  'executionGradeMatch',
  'indicatorScience',
  'evidenceSufficiency',
];

/** Approved self-evaluations of the 2024 projects with their indicator rows. */
export async function generateSelfEvaluations(g: GenScope): Promise<StepResult[]> {
  const total = `(68 + ${h(g, `p.id || 's'`, 31)})`;
  const r: StepResult[] = [];
  r.push(
    await step(
      g,
      'self_evaluation',
      `INSERT INTO self_evaluation (region_code, year, project_id, target_id, unit_id, department_id, initial_budget,
                                    annual_budget, executed_amount, overall_goal, actual_outcome, conclusion, problems,
                                    measures, execution_rate, total, grade, status, submitted_at, approved_at)
       SELECT p.region_code, 2024, p.id, t.id, p.unit_id, p.department_id, p.approved_amount, p.adjusted_amount,
              p.adjusted_amount * (80 + ${h(g, `p.id || 'x'`, 21)}) / 100, t.overall_goal, '基本完成年度目标',
              (${litArray(CONCLUSIONS)})[1 + ${h(g, `p.id || 'c'`, 8)}] || '。' || p.name || '完成情况良好',
              (${litArray(PROBLEMS)})[1 + ${h(g, `p.id || 'p'`, 8)}], (${litArray(MEASURES)})[1 + ${h(g, `p.id || 'm'`, 8)}], 80 + ${h(g, `p.id || 'x'`, 21)}, ${total},
              CASE WHEN ${total} >= 90 THEN '优' WHEN ${total} >= 80 THEN '良' WHEN ${total} >= 60 THEN '中' ELSE '差' END,
              'approved', make_timestamptz(2025, 2, 20, 9, 0, 0), make_timestamptz(2025, 3, 10, 9, 0, 0)
       FROM project p JOIN performance_target t ON t.project_id = p.id AND t.is_current
       WHERE p.year = 2024 AND ${inRegions(g, 'p.region_code')}`,
    ),
  );
  const pct = `(85 + ${h(g, `s.id || 'i' || ti.sort`, 21)})`;
  r.push(
    await step(
      g,
      'self_evaluation_indicator',
      `INSERT INTO self_evaluation_indicator (region_code, self_evaluation_id, sort, level1, level2, name, operator,
                                              target_value, target_number, unit, weight, actual_number,
                                              qualitative_level, claimed_score, score, rule_score, deviation_reason)
       SELECT s.region_code, s.id, ti.sort, ti.level1, ti.level2, ti.name, ti.operator, ti.target_value,
              ti.target_number, ti.unit, ti.weight,
              CASE WHEN ti.target_number IS NULL THEN NULL ELSE round(ti.target_number * ${pct} / 100.0, 4) END,
              CASE WHEN ti.target_number IS NULL THEN '达成' END, round(ti.weight * least(${pct}, 100) / 100.0, 2),
              round(ti.weight * least(${pct}, 100) / 100.0, 2), round(ti.weight * least(${pct}, 100) / 100.0, 2),
              CASE WHEN ${pct} < 100 THEN '受实施进度影响，部分任务顺延至次年完成' ELSE '' END
       FROM self_evaluation s JOIN target_indicator ti ON ti.target_id = s.target_id
       WHERE ${inRegions(g, 's.region_code')}`,
    ),
  );
  return r;
}

/** One review batch per region sampling a fifth of the self-evaluations, findings, and the rectification items. */
export async function generateReviews(g: GenScope): Promise<StepResult[]> {
  const r: StepResult[] = [];
  r.push(
    await step(
      g,
      'review_batch',
      `INSERT INTO review_batch (region_code, year, work_year, name, status)
       SELECT c, 2024, 2025, '2024年度项目支出绩效自评复核', 'open' FROM unnest(${litArray(g.codes)}) c`,
    ),
  );
  const pick = h(g, `s.id || 'r'`, 100);
  r.push(
    await step(
      g,
      'review_sample',
      `INSERT INTO review_sample (region_code, batch_id, self_evaluation_id, project_id, unit_id, department_id, reasons,
                                  status, review_total, review_grade, decided_at)
       SELECT s.region_code, b.id, s.id, s.project_id, s.unit_id, s.department_id, 'random',
              (ARRAY['pending','passed','returned','passed'])[1 + ${pick} % 4],
              CASE WHEN ${pick} % 4 = 0 THEN NULL ELSE s.total - ${pick} % 6 END,
              CASE WHEN ${pick} % 4 = 0 THEN NULL WHEN s.total - ${pick} % 6 >= 90 THEN '优'
                   WHEN s.total - ${pick} % 6 >= 80 THEN '良' ELSE '中' END,
              CASE WHEN ${pick} % 4 = 0 THEN NULL ELSE make_timestamptz(2025, 5, 10, 9, 0, 0) END
       FROM self_evaluation s JOIN review_batch b ON b.region_code = s.region_code AND b.year = 2024
       WHERE ${pick} < 20 AND ${inRegions(g, 's.region_code')}`,
    ),
  );
  const k = `(${h(g, `rs.id || 'f' || n`, CODES.length)} + 1)`;
  r.push(
    await step(
      g,
      'review_finding',
      `INSERT INTO review_finding (region_code, batch_id, sample_id, unit_id, department_id, origin, code, area, severity,
                                   evidence, suggestion, status)
       SELECT rs.region_code, rs.batch_id, rs.id, rs.unit_id, rs.department_id, 'rule',
              (${litArray(CODES)})[${k}], (${litArray(AREAS)})[${k}], CASE WHEN ${k} = 3 THEN 'P0' ELSE 'P1' END,
              '自动检查发现', '请补充说明并完善佐证材料', CASE WHEN rs.status = 'pending' THEN 'proposed' ELSE 'accepted' END
       FROM review_sample rs CROSS JOIN generate_series(1, 2) n
       WHERE (n = 1 OR rs.id % 2 = 0) AND ${inRegions(g, 'rs.region_code')}`,
    ),
  );
  r.push(
    await step(
      g,
      'rectification_item',
      `INSERT INTO rectification_item (region_code, year, source, source_entity, source_id, project_id, unit_id,
                                       department_id, problem, requirement, severity, deadline, status)
       SELECT rs.region_code, 2025, 'selfEvaluationReview', 'reviewSample', rs.id, rs.project_id, rs.unit_id,
              rs.department_id, '自评复核发现问题：自评佐证不足、偏差原因未说明', '补充佐证材料，说明偏差原因',
              'medium', DATE '2025-09-30', (ARRAY['issued','inProgress','submitted','closed'])[1 + rs.id % 4]
       FROM review_sample rs WHERE rs.status = 'returned' AND ${inRegions(g, 'rs.region_code')}
       UNION ALL
       SELECT e.region_code, 2025, 'monitoring', 'monitoringEntry', e.id, e.project_id, e.unit_id, e.department_id,
              '运行监控红色预警：预算执行或目标完成明显滞后', '分析原因，加快执行进度', 'high', DATE '2025-12-31', 'issued'
       FROM monitoring_entry e JOIN monitoring_round mr ON mr.id = e.round_id
       WHERE mr.period = 2 AND e.warning_color = 'red' AND ${inRegions(g, 'e.region_code')}`,
    ),
  );
  return r;
}
