/**
 * Pure builders of demo target indicator rows: picks the template's library indicators, spreads the
 * level weights (产出 50 incl. 成本 / 效益 30 / 满意度 10) and, for a realistic spread, plants the
 * flaws the target checks catch.
 */
import { commonIndicators, type IndicatorTemplate, indicatorLibrary } from '../catalog/indicators';
import type { ProjectTemplate } from '../catalog/projects';

export type DemoFlaw = 'noBenefit' | 'costGte' | 'qualitative' | 'duplicate' | 'belowLastYear';

export interface DemoIndicator {
  level1: string;
  level2: string;
  name: string;
  operator: string;
  targetValue: string;
  targetNumber: number | null;
  unit: string;
  weight: number;
  basis: string;
  /** Library name key; the seeder maps it to the year's library row id. */
  libraryName: string | null;
  reviewComment: string | null;
}

const byName = new Map<string, IndicatorTemplate>();
for (const row of indicatorLibrary) if (!byName.has(row.name)) byName.set(row.name, row);

const fallbackBenefit = commonIndicators.find((r) => r.name === '长效管理机制健全性');
const fallbackSatisfaction = commonIndicators.find((r) => r.name === '服务对象满意度');
const fallbackCost = commonIndicators.find((r) => r.name === '项目成本控制率');

/** Splits an integer total over n rows: equal shares, the remainder to the first rows. */
export function spread(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

function valueFor(t: IndicatorTemplate, random: () => number): string {
  const n = Number(t.recommendedValue);
  if (t.operator === '定性' || !Number.isFinite(n)) return t.recommendedValue;
  if (t.unit === '%' || n <= 10) return t.recommendedValue;
  const factor = 0.7 + random() * 0.8;
  const v = n * factor;
  const step = v >= 1000 ? 100 : v >= 100 ? 10 : 1;
  return String(Math.max(step, Math.round(v / step) * step));
}

function toRow(t: IndicatorTemplate, weight: number, value: string): DemoIndicator {
  const n = Number(value);
  return {
    level1: t.level1,
    level2: t.level2,
    name: t.name,
    operator: t.operator,
    targetValue: value,
    targetNumber: t.operator === '定性' || !Number.isFinite(n) ? null : n,
    unit: t.unit,
    weight,
    basis: t.basis,
    libraryName: t.name,
    reviewComment: null,
  };
}

/** Well-formed indicator rows of a template; `previous` values (by name) keep continuing targets ≥ last year. */
export function buildIndicators(
  template: ProjectTemplate,
  random: () => number,
  previous?: ReadonlyMap<string, string>,
): DemoIndicator[] {
  const picked = template.indicatorNames.map((n) => byName.get(n)).filter((t): t is IndicatorTemplate => !!t);
  const output = picked.filter((t) => t.level1 === 'output' || t.level1 === 'cost');
  const benefit = picked.filter((t) => t.level1 === 'benefit');
  const satisfaction = picked.filter((t) => t.level1 === 'satisfaction');
  if (benefit.length === 0 && fallbackBenefit) benefit.push(fallbackBenefit);
  if (satisfaction.length === 0 && fallbackSatisfaction) satisfaction.push(fallbackSatisfaction);
  const groups: [IndicatorTemplate[], number][] = [
    [output, 50],
    [benefit, 30],
    [satisfaction, 10],
  ];
  return groups.flatMap(([rows, total]) => {
    const weights = spread(total, rows.length);
    return rows.map((t, i) => {
      const prev = previous?.get(t.name);
      let value = valueFor(t, random);
      if (prev !== undefined && t.operator === '≥' && Number(prev) > Number(value)) value = prev;
      return toRow(t, weights[i], value);
    });
  });
}

/** Plants one flaw the target checks catch (returns the rows unchanged when the flaw does not apply). */
export function applyFlaw(
  rows: DemoIndicator[],
  flaw: DemoFlaw,
  previous?: ReadonlyMap<string, string>,
): DemoIndicator[] {
  const out = rows.map((r) => ({ ...r }));
  switch (flaw) {
    case 'noBenefit': {
      const moved = out.filter((r) => r.level1 === 'benefit').reduce((s, r) => s + r.weight, 0);
      const kept = out.filter((r) => r.level1 !== 'benefit');
      if (kept[0]) kept[0].weight += moved;
      return kept;
    }
    case 'costGte': {
      const cost = out.find((r) => r.level2 === 'cost');
      if (cost) {
        cost.operator = '≥';
        return out;
      }
      const first = out.find((r) => r.level1 === 'output' && r.weight > 5);
      if (!first || !fallbackCost) return out;
      first.weight -= 5;
      return [...out, { ...toRow(fallbackCost, 5, '100'), operator: '≥' }];
    }
    case 'qualitative': {
      let n = 0;
      for (const r of out) {
        if (r.operator === '定性' || r.level1 === 'satisfaction' || n >= 3) continue;
        Object.assign(r, { operator: '定性', targetValue: '有效提升', targetNumber: null, unit: '' });
        n++;
      }
      return out;
    }
    case 'duplicate': {
      const i = out.findIndex((r) => r.level1 === 'output' && r.weight >= 2);
      if (i < 0) return out;
      const half = Math.floor(out[i].weight / 2);
      out[i].weight -= half;
      out.splice(i + 1, 0, { ...out[i], weight: half, libraryName: null });
      return out;
    }
    case 'belowLastYear': {
      const r = out.find((x) => x.operator === '≥' && x.unit !== '%' && previous?.has(x.name));
      const prev = r ? Number(previous?.get(r.name)) : Number.NaN;
      if (!r || !Number.isFinite(prev)) return out;
      const lower = Math.max(1, Math.floor(prev * 0.7));
      Object.assign(r, { targetValue: String(lower), targetNumber: lower });
      return out;
    }
  }
}

/** A reviewer's per-indicator comment matching the flaw (for returned 2026 declarations). */
export const flawComments: Record<DemoFlaw, string> = {
  noBenefit: '缺少效益指标，请补充反映项目社会效益或可持续影响的指标',
  costGte: '成本指标应使用“≤”，不能以多花钱为目标',
  qualitative: '定性指标过多，请细化为可量化的数量、质量指标',
  duplicate: '指标名称重复，请合并或修改',
  belowLastYear: '目标值低于上年实际完成值，请参照上年完成情况调高目标值',
};
