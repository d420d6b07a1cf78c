import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { generateCarryOver } from './carry-over';
import { generateReviews, generateSelfEvaluations } from './evaluation';
import { generateLibrary } from './library';
import { generateMonitoring } from './monitoring';
import { generateOrg, type OrgShape } from './org';
import { generateProjects } from './projects';
import type { GenScope, StepResult } from './sql';

export interface ScaleSpec extends OrgShape {
  /** Regions generated beside the demo district. */
  regions: number;
  projectsPerRegion: number;
  /** 2025 indicator library rows per region (none if absent). */
  libraryPerRegion?: number;
  /** false: projects, targets and library only (no monitoring, self-evaluation, review). */
  activities?: boolean;
}

/** district: the demo district plus one district-sized region (5,000 projects); city ~10 regions; province 100 regions, ~10,000 units, ~300,000 projects. */
export const SCALES = {
  district: {
    regions: 1,
    departmentsPerRegion: 10,
    unitsPerDepartment: 10,
    projectsPerRegion: 5000,
    libraryPerRegion: 2000,
  },
  city: {
    regions: 9,
    departmentsPerRegion: 10,
    unitsPerDepartment: 10,
    projectsPerRegion: 3000,
    libraryPerRegion: 2000,
  },
  province: {
    regions: 99,
    departmentsPerRegion: 10,
    unitsPerDepartment: 10,
    projectsPerRegion: 3031,
    libraryPerRegion: 2000,
  },
} as const satisfies Record<string, ScaleSpec>;
export type ScaleName = keyof typeof SCALES;

/** Region codes of the generated regions: 430001, 430002, … (never clash with real 42xxxx demo codes). */
export function generatedRegionCodes(count: number, first = 1) {
  return Array.from({ length: count }, (_, i) => `43${String(first + i).padStart(4, '0')}`);
}

export interface GenerateOptions {
  spec: ScaleSpec;
  seed: number;
  passwordHash: string;
  /** Number of the first generated region (430001 by default). */
  firstRegion?: number;
  log?: (line: string) => void;
}

export interface GenerateReport {
  codes: string[];
  skipped: boolean;
  seconds: number;
  steps: StepResult[];
}

/**
 * Fills the database with synthetic regions using set-based SQL only (INSERT … SELECT over generate_series / unnest),
 * in one transaction. Deterministic for a seed (hashtext of seed and keys). Already generated → skipped.
 */
export async function generateScale(db: Db, opts: GenerateOptions): Promise<GenerateReport> {
  const codes = generatedRegionCodes(opts.spec.regions, opts.firstRegion);
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const existing = await db.execute(sql`SELECT count(*)::int AS n FROM region WHERE code = ${codes[0]}`);
  if (Number(existing.rows[0]?.n ?? 0) > 0) {
    log(`已存在模拟地区 ${codes[0]}，跳过生成。`);
    return { codes, skipped: true, seconds: 0, steps: [] };
  }
  const steps = await db.transaction(async (tx) => {
    const g: GenScope = { db: tx, seed: opts.seed, codes, log };
    const phases: [string, () => Promise<StepResult[]>][] = [
      ['组织机构与账号', () => generateOrg(g, opts.spec, opts.passwordHash)],
      [
        '项目、绩效目标与指标',
        () =>
          generateProjects(
            g,
            opts.spec.projectsPerRegion,
            opts.spec.departmentsPerRegion * opts.spec.unitsPerDepartment,
          ),
      ],
      ['指标库', () => generateLibrary(g, opts.spec.libraryPerRegion ?? 0)],
    ];
    if (opts.spec.activities !== false) {
      phases.push(
        ['运行监控', () => generateMonitoring(g)],
        ['绩效自评', () => generateSelfEvaluations(g)],
        ['自评复核与整改', () => generateReviews(g)],
        ['项目延续（结果应用）', () => generateCarryOver(g)],
      );
    }
    const all: StepResult[] = [];
    for (const [i, [label, run]] of phases.entries()) {
      log(`[${i + 1}/${phases.length}] ${label}`);
      all.push(...(await run()));
    }
    return all;
  });
  // Vacuum the list tables (visibility map: their page-of-ids queries are index-only scans), then statistics.
  await db.execute(sql.raw('VACUUM project, library_indicator'));
  await db.execute(sql.raw('ANALYZE'));
  const seconds = (performance.now() - t0) / 1000;
  const rows = steps.reduce((s, r) => s + r.rows, 0);
  log(`完成：${codes.length} 个地区，${rows} 行，${seconds.toFixed(1)} s（${Math.round(rows / seconds)} 行/秒）`);
  return { codes, skipped: false, seconds, steps };
}
