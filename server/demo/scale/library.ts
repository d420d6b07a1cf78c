import { indicatorLibrary } from '../catalog/indicators';
import { type GenScope, h, inRegions, litArray, type StepResult, step } from './sql';

/** Qualifiers that turn one catalog indicator into regional variants (名称·城区片1, 名称·乡镇片1, …). */
const QUALIFIERS = [
  '城区片',
  '乡镇片',
  '新建类',
  '改扩建类',
  '运维类',
  '补助类',
  '购买服务类',
  '试点类',
  '专项类',
  '配套类',
];

/** Columns of the starter library as parallel text[] literals (field code '' = common indicator). */
function catalogArrays() {
  const col = (pick: (i: (typeof indicatorLibrary)[number]) => string) => litArray(indicatorLibrary.map(pick));
  return [
    col((i) => i.fieldCode ?? ''),
    col((i) => i.industry),
    col((i) => i.category),
    col((i) => i.layer),
    col((i) => i.level1),
    col((i) => i.level2),
    col((i) => i.name),
    col((i) => i.operator),
    col((i) => i.unit),
    col((i) => i.recommendedValue),
    col((i) => i.basis),
    col((i) => i.explanation),
    col((i) => i.calculation),
    col((i) => i.dataSource),
  ].join(', ');
}

/**
 * 2025 indicator library of each generated region: perRegion rows built from the starter library (each catalog
 * indicator first as is, then as numbered regional variants), mostly enabled, some disabled / proposed / returned.
 */
export async function generateLibrary(g: GenScope, perRegion: number): Promise<StepResult[]> {
  if (perRegion <= 0) return [];
  const templates = indicatorLibrary.length;
  const rounds = Math.ceil(perRegion / templates);
  const q = litArray(QUALIFIERS);
  return [
    await step(
      g,
      'library_indicator',
      `WITH c AS (
         SELECT * FROM unnest(${catalogArrays()}) WITH ORDINALITY
           AS c(field_code, industry, category, layer, level1, level2, name, operator, unit, rec, basis, expl, calc, src, t)),
       v AS (
         SELECT r AS region_code, c.*, k, (k - 1) * ${templates} + c.t AS n
         FROM unnest(${litArray(g.codes)}) r CROSS JOIN c CROSS JOIN generate_series(1, ${rounds}) k)
       INSERT INTO library_indicator (region_code, year, field_code, industry, category, layer, level1, level2, name,
                                      operator, unit, recommended_value, basis, explanation, calculation, data_source,
                                      status, proposed_by_org_id)
       SELECT v.region_code, 2025, NULLIF(v.field_code, ''), v.industry, v.category, v.layer, v.level1, v.level2,
              CASE WHEN v.k = 1 THEN v.name
                   ELSE v.name || '·' || (${q})[1 + (v.k - 2) % ${QUALIFIERS.length}] || ((v.k - 2) / ${QUALIFIERS.length} + 1) END,
              v.operator, v.unit, v.rec, v.basis, v.expl, v.calc, v.src,
              CASE s.x WHEN 0 THEN 'disabled' WHEN 1 THEN 'proposed' WHEN 2 THEN 'returned' ELSE 'enabled' END,
              CASE WHEN s.x IN (1, 2) AND v.field_code <> '' THEN
                (SELECT min(o.id) FROM org_unit o WHERE o.region_code = v.region_code AND o.kind = 'department') END
       FROM v CROSS JOIN LATERAL (SELECT ${h(g, "v.region_code || 'l' || v.n", 25)} AS x) s
       WHERE v.n <= ${perRegion} AND ${inRegions(g, 'v.region_code')}`,
    ),
  ];
}
