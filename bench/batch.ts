/**
 * Batch cases over one generated region (and, with several regions, over all of them), each beside one raw SQL scan
 * of the same rows in the same run.
 */
import { sql } from 'drizzle-orm';
import type { JobKind } from '../core/enums';
import { backgroundJobs } from '../server/db/schema/index';
import { jobHandlers } from '../server/modules/job-handlers';
import { recomputeRound } from '../server/modules/monitoring/warnings';
import { proposeLines } from '../server/modules/results-application/propose-lines';
import { runChecks } from '../server/modules/reviews/batches';
import { screenYear } from '../server/modules/reviews/screening';
import { refreshTextPairs } from '../server/modules/reviews/text-pairs';
import { getRules } from '../server/modules/rule-sets/service';
import { anyOf } from '../server/platform/any-of';
import type { Database, Db, DbOrTx } from '../server/platform/db/client';
import { drainJobs } from '../server/platform/jobs/index';
import { checksReadScan } from './checks-scan';
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
      // Second baseline for the same case: one aggregate scan over every row the checks read (checksReadScan), where
      // the first only aggregates the batch's indicator rows.
      name: '复核自动检查 runChecks（同上，对照：检查读取的全部行）',
      raw: checksReadScan(`SELECT * FROM review_sample WHERE batch_id = ${batch}`),
      run: () => rolledBack(db, (tx) => runChecks(tx, region, 2024, sampleIds, null)),
    },
    {
      // 自评全覆盖筛查: the same checks over every submitted 2024 form of the region (not only the sample), counted
      // per form, beside one scan of every row the checks read for those forms.
      name: '自评全覆盖筛查 screenYear（一个地区 2024 年全部已提交自评表）（对照：检查读取的全部行）',
      raw: checksReadScan(submittedForms(r)),
      run: () => rolledBack(db, (tx) => screenYear(tx, region, 2024, null)),
    },
    {
      name: '结果应用建议 proposeLines（2025）',
      raw: `SELECT (SELECT count(*) FROM self_evaluation WHERE region_code = ${r} AND year = 2024)
                 + (SELECT count(*) FROM monitoring_entry WHERE region_code = ${r} AND year = 2025)
                 + (SELECT count(*) FROM project WHERE region_code = ${r} AND year BETWEEN 2023 AND 2026) AS n`,
      run: async () => proposeLines(db, region, 2025, await getRules(db, region, 2025, 'results')),
    },
    {
      // Second baseline for the same case: one aggregate scan over every row the proposal reads — the graded
      // self-evaluations (2024) and key evaluations (2025), the linked projects of 2023–2026 with the columns a line
      // uses, the chains' first projects, the graded reviews of their self-evaluations, and the monitoring (2025
      // recoveries, red warnings), ex-ante (2025, 2026) and open rectification rows of the chains' projects. The
      // chains are written out two links deep (c1, then c), the generated shape (2024 → 2025 → 2026).
      name: '结果应用建议 proposeLines（同上，对照：计算读取的全部行）',
      raw: `WITH nx AS (SELECT id, previous_project_id AS prev, year, length(name) AS len, unit_id, department_id,
                          length(project_kind) AS kind, requested_amount, approved_amount FROM project
                    WHERE region_code = ${r} AND year BETWEEN 2023 AND 2026 AND previous_project_id IS NOT NULL),
            se AS (SELECT id, project_id, total, grade FROM self_evaluation
                    WHERE region_code = ${r} AND year = 2024 AND status <> 'draft'),
            ke AS (SELECT id, project_id, length(name) AS len, total_score, grade FROM key_evaluation
                    WHERE region_code = ${r} AND year = 2025 AND project_id IS NOT NULL AND grade IS NOT NULL
                      AND stage IN ('finalised', 'archived')),
            st AS (SELECT id, year, length(name) AS len, unit_id, department_id, length(project_kind) AS kind,
                          requested_amount, approved_amount FROM project
                    WHERE region_code = ${r} AND year BETWEEN 2023 AND 2026 AND id IN (SELECT prev FROM nx)
                      AND (id IN (SELECT project_id FROM se) OR id IN (SELECT project_id FROM ke))),
            c1 AS (SELECT id FROM nx WHERE prev IN (SELECT id FROM st)),
            c AS (SELECT id FROM st UNION SELECT id FROM c1 UNION SELECT id FROM nx WHERE prev IN (SELECT id FROM c1)),
            rv AS (SELECT review_total FROM review_sample WHERE region_code = ${r} AND review_grade IS NOT NULL
                      AND self_evaluation_id IN (SELECT id FROM se WHERE project_id IN (SELECT id FROM st))),
            md AS (SELECT amount FROM monitoring_disposal WHERE region_code = ${r} AND year = 2025
                      AND kind = 'recoverFunds' AND project_id IN (SELECT id FROM c)),
            me AS (SELECT id FROM monitoring_entry WHERE region_code = ${r} AND year = 2025 AND warning_color = 'red'
                      AND project_id IN (SELECT id FROM c)),
            ea AS (SELECT requested_amount - recommended_amount AS cut FROM ex_ante_assessment
                    WHERE region_code = ${r} AND year IN (2025, 2026) AND status = 'concluded'
                      AND recommended_amount IS NOT NULL AND project_id IN (SELECT id FROM c)),
            ri AS (SELECT id FROM rectification_item WHERE region_code = ${r} AND status <> 'closed'
                      AND project_id IN (SELECT id FROM c))
       SELECT (SELECT count(*) FROM nx) + (SELECT count(*) FROM se) + (SELECT count(*) FROM ke)
            + (SELECT count(*) FROM st) + (SELECT count(*) FROM rv) + (SELECT count(*) FROM md)
            + (SELECT count(*) FROM me) + (SELECT count(*) FROM ea) + (SELECT count(*) FROM ri) AS n,
              (SELECT sum(len + kind + unit_id + department_id + requested_amount + coalesce(approved_amount, 0)
                          + year + prev) FROM nx)
            + (SELECT coalesce(sum(total), 0) + sum(length(grade)) FROM se)
            + (SELECT coalesce(sum(len + total_score + length(grade)), 0) FROM ke)
            + (SELECT sum(len + kind + unit_id + department_id + requested_amount + coalesce(approved_amount, 0)
                          + year) FROM st)
            + (SELECT coalesce(sum(review_total), 0) FROM rv) + (SELECT coalesce(sum(amount), 0) FROM md)
            + (SELECT coalesce(sum(cut), 0) FROM ea) AS v`,
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
  const out: BatchResult[] = [await buildTextPairs(db, regions)];
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
 * The near-duplicate pairs of every 2024 batch's (region, field) groups, built once and committed, as the first
 * check of a year does (server/modules/reviews/text-pairs.ts); the timed review cases then find them current, as
 * every later check does until a unit saves a form. Timed once (a second run finds nothing to build), beside a scan
 * of the year's analysis texts.
 */
async function buildTextPairs(db: Db, regions: string[]): Promise<BatchResult> {
  const inRegions = regions.map((x) => `'${x.replace(/\D/g, '')}'`).join(', ');
  const batches = await db.execute(
    sql.raw(`SELECT b.region_code, array_agg(s.id ORDER BY s.id) AS ids FROM review_batch b
             JOIN review_sample s ON s.batch_id = b.id
             WHERE b.year = 2024 AND b.region_code IN (${inRegions}) GROUP BY b.id, b.region_code ORDER BY b.id`),
  );
  const raw = `SELECT count(*) AS n, sum(length(se.conclusion || se.problems || se.measures)) FROM self_evaluation se
               JOIN project p ON p.id = se.project_id WHERE se.year = 2024 AND se.region_code IN (${inRegions})`;
  const rows = await scalar(db, raw);
  const rawSeconds = await best(2, () => db.execute(sql.raw(raw)));
  const started = performance.now();
  for (const x of batches.rows) await db.transaction((tx) => refreshTextPairs(tx, String(x.region_code), 2024));
  const seconds = (performance.now() - started) / 1000;
  const ratio = Math.round((seconds / Math.max(rawSeconds, 0.0005)) * 10) / 10;
  const name = `复核近似文本对 首次建立 ${batches.rows.length} 个批次（一次；对照：当年自评文字）`;
  console.log(`${name}: ${rows} 行, ${seconds.toFixed(3)} s vs 原始扫描 ${rawSeconds.toFixed(3)} s (${ratio}×)`);
  return { name, rows, seconds: round3(seconds), rawSeconds: round3(rawSeconds), ratio };
}

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
  const allChecks = () =>
    rolledBack(db, async (tx) => {
      for (const x of batches.rows)
        await runChecks(tx, String(x.region_code), 2024, (x.ids as unknown[]).map(Number), null);
    });
  // The same batches two at a time, each in its own (rolled-back) transaction on its own connection, as the job
  // runner runs region jobs on the machine's two cores.
  const allChecksTwoAtATime = () =>
    twoAtATime(batches.rows, (batch) =>
      rolledBack(db, (tx) =>
        runChecks(tx, String(batch.region_code), 2024, (batch.ids as unknown[]).map(Number), null),
      ),
    );
  const underReview = `SELECT rs.* FROM review_sample rs JOIN review_batch b ON b.id = rs.batch_id
     WHERE b.year = 2024 AND b.status = 'open' AND b.region_code IN (${inRegions})
       AND rs.status IN ('pending', 'resubmitted')`;
  /**
   * One job of `kind` per region, queued before each run (untimed); the run drains the queue two at a time and fails
   * if a job did not finish or `verify` finds a wrong result (it returns what is wrong, or null).
   */
  const viaJobs = (
    kind: JobKind,
    year: number,
    verify: (results: Record<string, unknown>[]) => string | null | Promise<string | null>,
  ) => {
    let queued: number[] = [];
    return {
      before: async () => {
        const rows = regions.map((r) => ({ kind, targetRegion: r, payload: { year } }));
        queued = (await db.insert(backgroundJobs).values(rows).returning({ id: backgroundJobs.id })).map((x) => x.id);
      },
      run: async () => {
        const ran = await drainJobs(database, { handlers: jobHandlers, concurrency: 2 });
        const jobs = await db
          .select({ status: backgroundJobs.status, result: backgroundJobs.result })
          .from(backgroundJobs)
          .where(anyOf(backgroundJobs.id, queued));
        const open = jobs.filter((j) => j.status !== 'done').length;
        const wrong = await verify(jobs.map((j) => j.result as Record<string, unknown>));
        if (ran !== regions.length || open > 0 || wrong)
          throw new Error(`后台任务结果异常（${kind}）：运行 ${ran} 个，未完成 ${open} 个${wrong ? `，${wrong}` : ''}`);
      },
    };
  };
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
      ...viaJobs('monitoring.recomputeYear', 2025, (results) => {
        const changed = results.reduce((n, r) => n + Number(r.changedEntries) + Number(r.changedIndicators), 0);
        return changed === 0 ? null : `改变了 ${changed} 行预警`;
      }),
    },
    {
      name: `复核自动检查 全部 ${batches.rows.length} 个地区批次（对照：批次样本的指标行）`,
      raw: `SELECT count(*) AS n, sum(length(s.conclusion)), sum(si.weight) FROM review_sample rs
            JOIN review_batch b ON b.id = rs.batch_id
            JOIN self_evaluation s ON s.id = rs.self_evaluation_id
            JOIN self_evaluation_indicator si ON si.self_evaluation_id = s.id
            WHERE b.year = 2024 AND b.region_code IN (${inRegions})`,
      run: allChecks,
    },
    {
      // The same run beside one scan of every row the checks read for all those samples (see checksReadScan).
      name: `复核自动检查 全部 ${batches.rows.length} 个地区批次（对照：检查读取的全部行）`,
      raw: checksReadScan(
        `SELECT rs.* FROM review_sample rs JOIN review_batch b ON b.id = rs.batch_id
          WHERE b.year = 2024 AND b.region_code IN (${inRegions})`,
      ),
      run: allChecks,
    },
    {
      name: `复核自动检查 全部 ${batches.rows.length} 个地区批次，两个连接并发（每批一个事务）（对照：检查读取的全部行）`,
      raw: checksReadScan(
        `SELECT rs.* FROM review_sample rs JOIN review_batch b ON b.id = rs.batch_id
          WHERE b.year = 2024 AND b.region_code IN (${inRegions})`,
      ),
      run: allChecksTwoAtATime,
    },
    {
      // After a review rule change: one `reviews.rerunChecks` job per region reruns the checks of its samples under
      // review (pending or resubmitted), two at a time, beside one scan of every row the checks read for those
      // samples. The jobs commit; the proposed findings they replace come out the same.
      name: `复核规则调整后重新检查 全部 ${regions.length} 个地区在审样本，后台任务（每地区一个，并发 2）（对照：检查读取的全部行）`,
      raw: checksReadScan(underReview),
      ...viaJobs('reviews.rerunChecks', 2024, async (results) => {
        const expected = await scalar(db, `SELECT count(*) AS n FROM (${underReview}) s`);
        const samples = results.reduce((n, r) => n + Number(r.samples), 0);
        return samples === expected ? null : `检查了 ${samples} 个样本，应为 ${expected} 个`;
      }),
    },
    {
      // 自评全覆盖筛查 of every region's 2024 forms (the issue's "checks over all self-evaluations of a province"): one
      // statement per region, one after another on one connection, beside one scan of every row the checks read.
      name: `自评全覆盖筛查 全部 ${regions.length} 个地区 2024 年已提交自评表，依次（对照：检查读取的全部行）`,
      raw: checksReadScan(submittedForms(inRegions)),
      run: () =>
        rolledBack(db, async (tx) => {
          for (const region of regions) await screenYear(tx, region, 2024, null);
        }),
    },
    {
      name: `自评全覆盖筛查 全部 ${regions.length} 个地区 2024 年已提交自评表，两个连接并发（每地区一个事务）（对照：同上）`,
      raw: checksReadScan(submittedForms(inRegions)),
      run: () => twoAtATime(regions, (region) => rolledBack(db, (tx) => screenYear(tx, region, 2024, null))),
    },
  ];
}

/** A SELECT of the submitted 2024 forms of the regions `inRegions` (quoted, comma separated) as review samples. */
const submittedForms = (inRegions: string) =>
  `SELECT id AS self_evaluation_id FROM self_evaluation
    WHERE year = 2024 AND status <> 'draft' AND region_code IN (${inRegions})`;

/** Runs `fn` over the items on two connections at a time, as the job runner uses the machine's two cores. */
async function twoAtATime<T>(items: readonly T[], fn: (item: T) => Promise<unknown>) {
  const queue = [...items];
  const worker = async () => {
    for (let x = queue.shift(); x !== undefined; x = queue.shift()) await fn(x);
  };
  await Promise.all([worker(), worker()]);
}
