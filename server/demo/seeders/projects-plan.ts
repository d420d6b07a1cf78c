/**
 * Pure planning of the demo project library: about three projects per budget unit and year, 2024 → 2025 →
 * 2026, recurring and continuing projects carried over (previousProjectId), one-off ones replaced.
 */
import { departments } from '../catalog/org';
import { type ProjectTemplate, projectTemplates } from '../catalog/projects';
import { applyFlaw, buildIndicators, type DemoFlaw, type DemoIndicator } from './projects-targets';

const WAN = 1_000_000; // 1万元 in 分

export interface PlannedProject {
  key: number;
  year: number;
  code: string;
  name: string;
  unitCode: string;
  unitName: string;
  deptCode: string;
  template: ProjectTemplate;
  isNew: boolean;
  startYear: number;
  endYear: number;
  requested: number;
  prevKey: number | null;
  flaw: DemoFlaw | null;
  indicators: DemoIndicator[];
  goal: string;
}

const FLAWS: DemoFlaw[] = ['noBenefit', 'costGte', 'qualitative', 'duplicate', 'belowLastYear'];

function templatesFor(deptCode: string, fieldCodes: readonly string[]) {
  const own = projectTemplates.filter((t) => t.departmentCodes.includes(deptCode));
  return own.length > 0 ? own : projectTemplates.filter((t) => fieldCodes.includes(t.fieldCode));
}

/** Annual amount in 分: template range, capped at 800万元 for most, whole 千元. */
function amountOf(t: ProjectTemplate, random: () => number, cap = 800): number {
  const max = Math.max(t.amountWan.min, Math.min(t.amountWan.max, t.amountWan.min >= cap ? 3000 : cap));
  const wan = t.amountWan.min + random() * (max - t.amountWan.min);
  return Math.max(10, Math.round(wan * 10)) * (WAN / 10);
}

/** Plans all three years; `random` is the seed context's deterministic source. */
export function planProjects(random: () => number): PlannedProject[] {
  const all: PlannedProject[] = [];
  const used = new Map<string, number>(); // year:template name → uses
  let key = 0;
  const add = (p: Omit<PlannedProject, 'key' | 'code' | 'flaw' | 'indicators' | 'goal'>, seq: number) => {
    const prev = p.prevKey === null ? undefined : all[p.prevKey];
    const previous = prev ? new Map(prev.indicators.map((i) => [i.name, i.targetValue])) : undefined;
    let flaw: DemoFlaw | null = random() < 0.15 ? FLAWS[Math.floor(random() * FLAWS.length)] : null;
    if (flaw === 'belowLastYear' && !previous) flaw = 'costGte';
    const good = buildIndicators(p.template, random, previous);
    const indicators = flaw ? applyFlaw(good, flaw, previous) : good;
    const goal = p.template.goal.replaceAll('{unit}', p.unitName).replaceAll('{year}', String(p.year));
    const code = `${p.year}-${p.unitCode}-${String(seq).padStart(3, '0')}`;
    all.push({ ...p, key: key++, code, flaw, indicators, goal });
    return all[all.length - 1];
  };
  const nameOf = (t: ProjectTemplate, year: number, unitName: string) => {
    const k = `${year}:${t.name}`;
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    if (t.name.includes('{unit}')) return t.name.replaceAll('{unit}', unitName);
    return n === 0 ? t.name : `${t.name}（${unitName}）`;
  };
  const pick = (pool: ProjectTemplate[], year: number, avoid: Set<string>) => {
    const fresh = pool.filter((t) => !avoid.has(t.name));
    const options = fresh.length > 0 ? fresh : pool;
    const least = Math.min(...options.map((t) => used.get(`${year}:${t.name}`) ?? 0));
    const best = options.filter((t) => (used.get(`${year}:${t.name}`) ?? 0) === least);
    return best[Math.floor(random() * best.length)];
  };
  for (const year of [2024, 2025, 2026]) {
    for (const d of departments) {
      const pool = templatesFor(d.code, d.fieldCodes);
      if (pool.length === 0) continue;
      for (const u of d.units) {
        const base = { year, unitCode: u.code, unitName: u.name, deptCode: d.code };
        const carried = all.filter((p) => p.year === year - 1 && p.unitCode === u.code && p.template.kind !== 'oneOff');
        const names = new Set<string>();
        let seq = 1;
        for (const prev of carried) {
          names.add(prev.template.name);
          used.set(`${year}:${prev.template.name}`, (used.get(`${year}:${prev.template.name}`) ?? 0) + 1);
          const growth = 0.95 + random() * 0.15;
          add(
            {
              ...base,
              name: prev.name,
              template: prev.template,
              isNew: false,
              startYear: prev.startYear,
              endYear: Math.max(prev.endYear, year),
              requested: Math.round((prev.requested * growth) / 1000) * 1000,
              prevKey: prev.key,
            },
            seq++,
          );
        }
        const count = 3 - carried.length + (random() < 0.15 ? 1 : 0);
        for (let i = 0; i < count; i++) {
          const t = pick(pool, year, names);
          names.add(t.name);
          const span = t.kind === 'continuing' ? 3 : t.kind === 'recurring' ? 5 : 1;
          const startYear = year === 2024 && t.kind === 'recurring' ? 2021 : year;
          add(
            {
              ...base,
              name: nameOf(t, year, u.name),
              template: t,
              isNew: year !== 2024 || t.kind === 'oneOff' || random() < 0.3,
              startYear,
              endYear: startYear + span - 1,
              requested: amountOf(t, random, year === 2026 ? 480 : 800),
              prevKey: null,
            },
            seq++,
          );
        }
      }
    }
  }
  return all;
}
