/**
 * Batch cases over one generated region (and, with several regions, over all of them), each beside one raw SQL scan
 * of the same rows in the same run.
 */
import { sql } from 'drizzle-orm';
import { backgroundJobs } from '../server/db/schema/index';
import { jobHandlers } from '../server/modules/job-handlers';
import { recomputeRound } from '../server/modules/monitoring/warnings';
import { proposeLines } from '../server/modules/results-application/propose-lines';
import { runChecks } from '../server/modules/reviews/batches';
import { getRules } from '../server/modules/rule-sets/service';
import type { Database, Db, DbOrTx } from '../server/platform/db/client';
import { drainJobs } from '../server/platform/jobs/index';
import { bumpStamp } from './stamp';

export interface BatchResult {
  name: string;
  rows: number;
  seconds: number;
  rawSeconds: number;
  ratio: number;
}

class Rollback extends Error {}

/** Runs fn in a transaction that is rolled back, so a case leaves the data as it found it. */
async function rolledBack(db: Db, fn: (tx: DbOrTx) => Promise<unknown>) {
  try {
    await db.transaction(async (tx) => {
      await fn(tx);
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
}

/** Best of `runs` wall-clock seconds; `before` runs untimed ahead of each. */
async function best(runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t0 = performance.now();
    await fn();
    min = Math.min(min, (performance.now() - t0) / 1000);
  }
  return min;
}

async function scalar(db: Db, text: string) {
  const res = await db.execute(sql.raw(text));
  return Number(res.rows[0]?.n ?? 0);
}

interface BatchCase {
  name: string;
  raw: string;
  run: () => Promise<unknown>;
  /** Untimed, before each timed run. */
  before?: () => Promise<unknown>;
}

export async function runBatchCases(database: Database, regions: string[], fetchReport: () => Promise<unknown>) {
  const db = database.db;
  const region = regions[0];
  const r = `'${region.replace(/\D/g, '')}'`;
  const round = await scalar(db, `SELECT max(id) AS n FROM monitoring_round WHERE region_code = ${r} AND year = 2025`);
  const batch = await scalar(db, `SELECT max(id) AS n FROM review_batch WHERE region_code = ${r} AND year = 2024`);
  const sampleRows = await db.execute(sql`SELECT id FROM review_sample WHERE batch_id = ${batch} ORDER BY id`);
  const sampleIds = sampleRows.rows.map((x) => Number(x.id));
  const cases: BatchCase[] = [
    {
      name: '预警重算 recomputeRound（一轮）',
      raw: `SELECT count(*) AS n, sum(e.paid), sum(mi.current_value) FROM monitoring_entry e
            JOIN monitoring_indicator mi ON mi.entry_id = e.id WHERE e.round_id = ${round}`,
      run: () => rolledBack(db, (tx) => recomputeRound(tx, region, round)),
    },
    {
      // Second baseline for the same case: one aggregate scan over every row the computation reads (the round's
      // filled entries, their indicator rows and each row's target indicator: operator and target number), where
      // the first leaves out the target indicators.
      name: '预警重算 recomputeRound（同上，对照：计算读取的全部行）',
      raw: `SELECT count(*) AS n, sum(e.paid), sum(e.adjusted_budget), sum(mi.current_value), sum(ti.target_number),
                   count(*) FILTER (WHERE ti.operator = '≥' AND mi.likelihood = 'certain')
            FROM monitoring_entry e JOIN monitoring_indicator mi ON mi.entry_id = e.id
            JOIN target_indicator ti ON ti.id = mi.target_indicator_id
            WHERE e.round_id = ${round} AND e.filled_at IS NOT NULL`,
      run: () => rolledBack(db, (tx) => recomputeRound(tx, region, round)),
    },
    {
      name: '复核自动检查 runChecks（整批样本）',
      raw: `SELECT count(*) AS n, sum(length(s.conclusion)), sum(si.weight) FROM review_sample rs
            JOIN self_evaluation s ON s.id = rs.self_evaluation_id
            JOIN self_evaluation_indicator si ON si.self_evaluation_id = s.id WHERE rs.batch_id = ${batch}`,
      run: () => rolledBack(db, (tx) => runChecks(tx, region, 2024, sampleIds, null)),
    },
    {
      // Second baseline for the same case: one aggregate scan over every row the checks read (the batch's forms and
      // indicator rows, their attachments, the year's forms of the samples' fields and units with project and unit
      // names and analysis texts, last year's forms), where the first only aggregates the batch's indicator rows.
      name: '复核自动检查 runChecks（同上，对照：检查读取的全部行）',
      raw: `WITH s AS (SELECT se.id, se.unit_id, p.field_code, p.previous_project_id,
                         length(se.conclusion || se.problems || se.measures) AS len
                    FROM review_sample rs JOIN self_evaluation se ON se.id = rs.self_evaluation_id
                    JOIN project p ON p.id = se.project_id WHERE rs.batch_id = ${batch}),
            i AS (SELECT count(*) AS n, sum(length(si.name) + length(si.deviation_reason) + si.weight) AS v
                    FROM self_evaluation_indicator si WHERE si.self_evaluation_id IN (SELECT id FROM s)),
            a AS (SELECT count(*) AS n, sum(length(a.filename)) AS v FROM attachment a
                   WHERE a.owner_entity = 'selfEvaluation' AND a.owner_id IN (SELECT id FROM s)),
            y AS (SELECT count(*) AS n, sum(length(y.conclusion || y.problems || y.measures || p.name || u.name)) AS v
                    FROM self_evaluation y JOIN project p ON p.id = y.project_id JOIN org_unit u ON u.id = y.unit_id
                   WHERE y.region_code = ${r} AND y.year = 2024
                     AND (p.field_code IN (SELECT field_code FROM s) OR y.unit_id IN (SELECT unit_id FROM s))),
            l AS (SELECT count(*) AS n, sum(length(l.conclusion || l.problems || l.measures)) AS v
                    FROM self_evaluation l WHERE l.project_id IN (SELECT previous_project_id FROM s))
       SELECT (SELECT count(*) FROM s) + i.n + a.n + y.n + l.n AS n,
              (SELECT sum(len) FROM s) + i.v + coalesce(a.v, 0) + y.v + coalesce(l.v, 0) AS v FROM i, a, y, l`,
      run: () => rolledBack(db, (tx) => runChecks(tx, region, 2024, sampleIds, null)),
    },
    {
      name: '结果应用建议 proposeLines（2025）',
      raw: `SELECT (SELECT count(*) FROM self_evaluation WHERE region_code = ${r} AND year = 2024)
                 + (SELECT count(*) FROM monitoring_entry WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM project WHERE region_code = ${r} AND year BETWEEN 2023 AND 2026) AS n`,
      run: async () => proposeLines(db, region, 2025, await getRules(db, region, 2025, 'results')),
    },
    {
      name: '年度工作说明数字 GET /api/reports/annual',
      raw: `SELECT (SELECT count(*) FROM project WHERE region_code = ${r})
                 + (SELECT count(*) FROM monitoring_entry WHERE region_code = ${r})
                 + (SELECT count(*) FROM self_evaluation WHERE region_code = ${r})
                 + (SELECT count(*) FROM review_sample WHERE region_code = ${r})
                 + (SELECT count(*) FROM rectification_item WHERE region_code = ${r}) AS n`,
      // The figures are cached per region change stamp: a new stamp before each run times their computation.
      run: fetchReport,
      before: () => bumpStamp(db, region),
    },
    {
      // Second baseline for the same case: one scan over every row the figures read (the year's documents,
      // trainings and attendance, feedback, assessments, review findings and samples of the year's batches,
      // monitoring entries and recoveries, next year's library, rectification, key evaluations, results lines),
      // where the first counts the region's loop tables of all years.
      name: '年度工作说明数字 GET /api/reports/annual（同上，对照：计算读取的全部行）',
      raw: `SELECT (SELECT count(*) FROM policy_document WHERE region_code = ${r})
                 + (SELECT count(*) FROM training_session s LEFT JOIN training_attendance a ON a.session_id = s.id
                     WHERE s.region_code = ${r} AND s.year = 2025)
                 + (SELECT count(*) FROM feedback_ticket WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM ex_ante_assessment WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM review_finding f JOIN review_batch b ON b.id = f.batch_id
                     WHERE f.region_code = ${r} AND b.work_year = 2025)
                 + (SELECT count(*) FROM review_sample s JOIN review_batch b ON b.id = s.batch_id
                     WHERE s.region_code = ${r} AND b.work_year = 2025)
                 + (SELECT count(*) FROM monitoring_entry WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM monitoring_disposal WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM library_indicator WHERE region_code = ${r} AND year = 2026)
                 + (SELECT count(*) FROM rectification_item WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM key_evaluation WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM results_line l JOIN results_run u ON u.id = l.run_id
                     WHERE u.region_code = ${r} AND u.year = 2025) AS n`,
      run: fetchReport,
      before: () => bumpStamp(db, region),
    },
    ...(regions.length > 1 ? await allRegionCases(database, regions) : []),
  ];
  const out: BatchResult[] = [];
  for (const c of cases) {
    const rows = await scalar(db, c.raw);
    const rawSeconds = await best(2, () => db.execute(sql.raw(c.raw)));
    const seconds = await best(2, c.run, c.before);
    const ratio = Math.round((seconds / Math.max(rawSeconds, 0.0005)) * 10) / 10;
    out.push({ name: c.name, rows, seconds: round3(seconds), rawSeconds: round3(rawSeconds), ratio });
    console.log(`${c.name}: ${rows} 行, ${seconds.toFixed(3)} s vs 原始扫描 ${rawSeconds.toFixed(3)} s (${ratio}×)`);
  }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The same jobs over every generated region (a province): warnings of all 2025 rounds (one statement per round) and
 * the review checks of every region's 2024 batch, beside one raw scan over all the rows they read.
 */
async function allRegionCases(database: Database, regions: string[]): Promise<BatchCase[]> {
  const db = database.db;
  const inRegions = regions.map((x) => `'${x.replace(/\D/g, '')}'`).join(', ');
  const rounds = await db.execute(
    sql.raw(
      `SELECT region_code, id FROM monitoring_round WHERE year = 2025 AND region_code IN (${inRegions}) ORDER BY id`,
    ),
  );
  const batches = await db.execute(
    sql.raw(`SELECT b.region_code, array_agg(s.id ORDER BY s.id) AS ids FROM review_batch b
             JOIN review_sample s ON s.batch_id = b.id
             WHERE b.year = 2024 AND b.region_code IN (${inRegions}) GROUP BY b.id, b.region_code ORDER BY b.id`),
  );
  const warningsRaw = `SELECT count(*) AS n, sum(e.paid), sum(e.adjusted_budget), sum(mi.current_value),
                   sum(ti.target_number), count(*) FILTER (WHERE ti.operator = '≥' AND mi.likelihood = 'certain')
            FROM monitoring_entry e JOIN monitoring_indicator mi ON mi.entry_id = e.id
            JOIN target_indicator ti ON ti.id = mi.target_indicator_id
            WHERE e.year = 2025 AND e.region_code IN (${inRegions}) AND e.filled_at IS NOT NULL`;
  return [
    {
      name: `预警重算 全部 ${regions.length} 个地区 2025 年 ${rounds.rows.length} 轮（对照：计算读取的全部行）`,
      raw: warningsRaw,
      run: () =>
        rolledBack(db, async (tx) => {
          for (const x of rounds.rows) await recomputeRound(tx, String(x.region_code), Number(x.id));
        }),
    },
    {
      // The same rounds as background jobs, one `monitoring.recomputeYear` per region, two at a time, timed until
      // the queue is drained. They commit: the generator stores the product's own colours, so no warning changes
      // (checked below) and later cases see the same data; the job rows and audit events they add are not read.
      name: `预警重算 全部 ${regions.length} 个地区 2025 年 ${rounds.rows.length} 轮，后台任务（每地区一个，并发 2）（对照：同上）`,
      raw: warningsRaw,
      before: () =>
        db
          .insert(backgroundJobs)
          .values(regions.map((r) => ({ kind: 'monitoring.recomputeYear', targetRegion: r, payload: { year: 2025 } }))),
      run: async () => {
        const ran = await drainJobs(database, { handlers: jobHandlers, concurrency: 2 });
        const check = await db.execute(sql`SELECT count(*) FILTER (WHERE status <> 'done') AS open,
            coalesce(sum((result->>'changedEntries')::int + (result->>'changedIndicators')::int), 0) AS changed
          FROM background_job WHERE kind = 'monitoring.recomputeYear'`);
        const { open, changed } = check.rows[0] as { open: string; changed: string };
        if (ran !== regions.length || Number(open) > 0 || Number(changed) > 0)
          throw new Error(`后台任务结果异常：运行 ${ran} 个，未完成 ${open} 个，改变 ${changed} 行预警`);
      },
    },
    {
      name: `复核自动检查 全部 ${batches.rows.length} 个地区批次（对照：批次样本的指标行）`,
      raw: `SELECT count(*) AS n, sum(length(s.conclusion)), sum(si.weight) FROM review_sample rs
            JOIN review_batch b ON b.id = rs.batch_id
            JOIN self_evaluation s ON s.id = rs.self_evaluation_id
            JOIN self_evaluation_indicator si ON si.self_evaluation_id = s.id
            WHERE b.year = 2024 AND b.region_code IN (${inRegions})`,
      run: () =>
        rolledBack(db, async (tx) => {
          for (const x of batches.rows)
            await runChecks(tx, String(x.region_code), 2024, (x.ids as unknown[]).map(Number), null);
        }),
    },
  ];
}
