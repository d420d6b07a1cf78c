import { fieldCodes } from '../catalog/fields';
import { type GenScope, h, inRegions, litArray, type StepResult, step } from './sql';

const STEMS = [
  '设施维护',
  '运行保障',
  '专项补助',
  '改造提升',
  '服务购买',
  '信息化建设',
  '能力提升',
  '民生实事',
  '设备购置',
  '综合治理',
];

/** The 8 third-level indicators every generated target carries (weights sum to 90, the other 10 is budget execution). */
const INDICATORS: [string, string, string, string, string, number | null, string, number][] = [
  ['output', 'quantity', '完成服务数量', '≥', '100', 100, '个', 15],
  ['output', 'quality', '验收合格率', '≥', '95', 95, '%', 10],
  ['output', 'timeliness', '完成时限', '≤', '12', 12, '月', 10],
  ['output', 'cost', '成本控制率', '≤', '100', 100, '%', 10],
  ['benefit', 'socialBenefit', '服务水平', '定性', '有效提升', null, '', 15],
  ['benefit', 'sustainable', '长效管理机制', '定性', '长期', null, '', 10],
  ['benefit', 'economicBenefit', '资金使用效益', '≥', '80', 80, '%', 10],
  ['satisfaction', 'serviceSatisfaction', '服务对象满意度', '≥', '90', 90, '%', 10],
];

/** The indicator template as a VALUES list with its sort number. */
export function indicatorValues() {
  return INDICATORS.map(
    ([l1, l2, name, op, tv, tn, unit, w], i) =>
      `(${i + 1}, '${l1}', '${l2}', '${name}', '${op}', '${tv}', ${tn ?? 'NULL::numeric'}, '${unit}', ${w})`,
  ).join(',');
}

/** Projects (one third 2024 completed, two thirds 2025 executing), their approved targets and 8 indicators each. */
export async function generateProjects(g: GenScope, perRegion: number, unitsPerRegion: number): Promise<StepResult[]> {
  const r: StepResult[] = [];
  const split = Math.ceil(perRegion / 3);
  r.push(
    await step(
      g,
      'project',
      `WITH u AS (
         SELECT id, department_id, region_code,
                row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS k
         FROM org_unit WHERE kind = 'budgetUnit' AND ${inRegions(g)}),
       p AS (
         SELECT c AS region_code, n, n % ${unitsPerRegion} AS k, CASE WHEN n <= ${split} THEN 2024 ELSE 2025 END AS y,
                (${h(g, `c || 'a' || n`, 500)} + 10)::bigint * 1000000 AS amt, ${h(g, `c || 'f' || n`, 1000)} AS f
         FROM unnest(${litArray(g.codes)}) c CROSS JOIN generate_series(1, ${perRegion}) n)
       INSERT INTO project (region_code, year, code, name, unit_id, department_id, field_code, budget_type, project_kind,
                            is_new, start_year, end_year, total_amount, requested_amount, approved_amount, adjusted_amount,
                            description, status, key_project)
       SELECT p.region_code, p.y, 'XM' || p.y || lpad(p.n::text, 6, '0'),
              (${litArray(STEMS)})[1 + p.f % ${STEMS.length}] || '项目' || p.n, u.id, u.department_id,
              (${litArray(fieldCodes)})[1 + p.f % ${fieldCodes.length}],
              CASE WHEN p.f % 20 = 0 THEN 'governmentFund' ELSE 'general' END,
              (ARRAY['recurring','continuing','oneOff'])[1 + p.f % 3], p.f % 3 = 2, p.y, p.y,
              p.amt, p.amt, p.amt, p.amt - (p.f % 5) * 100000, '模拟数据',
              CASE WHEN p.y = 2024 THEN 'completed' ELSE 'executing' END, p.f % 50 = 0
       FROM p JOIN u ON u.region_code = p.region_code AND u.k = p.k`,
    ),
  );
  r.push(
    await step(
      g,
      'performance_target',
      `INSERT INTO performance_target (region_code, project_id, year, unit_id, department_id, overall_goal, annual_goal,
                                       status, submitted_at, approved_at)
       SELECT region_code, id, year, unit_id, department_id, name || '按期完成并发挥效益', '年度内完成' || name,
              'approved', make_timestamptz(year - 1, 11, 20, 9, 0, 0), make_timestamptz(year - 1, 12, 15, 9, 0, 0)
       FROM project WHERE ${inRegions(g)}`,
    ),
  );
  r.push(
    await step(
      g,
      'target_indicator',
      `INSERT INTO target_indicator (region_code, target_id, sort, level1, level2, name, operator, target_value,
                                     target_number, unit, weight)
       SELECT t.region_code, t.id, i.sort, i.l1, i.l2, i.name, i.op,
              CASE WHEN i.sort = 1 THEN (50 + t.id % 200)::text ELSE i.tv END,
              CASE WHEN i.sort = 1 THEN 50 + t.id % 200 ELSE i.tn END, i.unit, i.w
       FROM performance_target t CROSS JOIN (VALUES ${indicatorValues()}) AS i(sort, l1, l2, name, op, tv, tn, unit, w)
       WHERE ${inRegions(g, 't.region_code')}`,
    ),
  );
  return r;
}
