import fs from 'node:fs';
import path from 'node:path';
import type { Op } from './soak-mix';

export interface Sample {
  seconds: number;
  /** RSS of the server process, MB. */
  server: number;
  /** RSS of the embedded database process (PGlite), MB; 0 on PostgreSQL. */
  db: number;
}

/** Nearest-rank percentile of sorted values, 0.1 ms. */
function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(Math.ceil((p / 100) * sorted.length) - 1, 0));
  return Math.round(sorted[i] * 10) / 10;
}

/** Least-squares slope of y over minutes (MB per minute), 0.01. */
function slopePerMinute(points: { seconds: number; y: number }[]) {
  if (points.length < 2) return 0;
  const xs = points.map((p) => p.seconds / 60);
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  const num = points.reduce((a, p, i) => a + (xs[i] - mx) * (p.y - my), 0);
  const den = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return den === 0 ? 0 : Math.round((num / den) * 100) / 100;
}

const latency = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
};

export function summarise(r: {
  driver: string;
  minutes: number;
  concurrency: number;
  ops: Op[];
  times: number[];
  perOp: Map<string, number[]>;
  status: Record<string, number>;
  errors: string[];
  samples: Sample[];
}) {
  const total = r.times.length;
  const seconds = r.samples[r.samples.length - 1]?.seconds ?? r.minutes * 60;
  // Steady state: after the first minute (JIT, caches and connection pools warm up in it).
  const steady = r.samples.filter((s) => s.seconds >= 60);
  const sum = (s: Sample) => s.server + s.db;
  return {
    at: new Date().toISOString(),
    driver: r.driver,
    minutes: r.minutes,
    concurrency: r.concurrency,
    requests: total,
    requestsPerSec: Math.round(total / Math.max(seconds, 1)),
    status: r.status,
    latencyMs: latency(r.times),
    ops: r.ops.map((o) => ({ name: o.name, role: o.role, method: o.method, ...latency(r.perOp.get(o.name) ?? []) })),
    rss: r.samples.filter((x, i) => x.seconds % 30 < 5 || i === r.samples.length - 1),
    rssSamples: r.samples.length,
    rssSlopeMbPerMin: {
      all: slopePerMinute(r.samples.map((s) => ({ seconds: s.seconds, y: sum(s) }))),
      afterFirstMinute: slopePerMinute(steady.map((s) => ({ seconds: s.seconds, y: sum(s) }))),
      server: slopePerMinute(r.samples.map((s) => ({ seconds: s.seconds, y: s.server }))),
      database: slopePerMinute(r.samples.map((s) => ({ seconds: s.seconds, y: s.db }))),
    },
    rssEvery5s: r.samples,
    errors: r.errors,
  };
}

export type SoakSummary = ReturnType<typeof summarise>;

/** Writes soak-<driver>-<stamp>.json and soak-<driver>-latest.md, and prints the Markdown. */
export function writeSoakResults(dir: string, s: SoakSummary) {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = s.at.slice(0, 19).replace(/[:T]/g, '-');
  fs.writeFileSync(path.join(dir, `soak-${s.driver}-${stamp}.json`), `${JSON.stringify(s, null, 2)}\n`);
  const md = [
    `# Soak — ${s.driver}, ${s.minutes} min, ${s.concurrency} concurrent clients (${s.at})`,
    '',
    `Requests ${s.requests} (${s.requestsPerSec} req/s): 2xx ${s.status['2xx']}, 4xx ${s.status['4xx']}, ` +
      `**5xx ${s.status['5xx']}**, failed ${s.status.failed}. Latency p50 ${s.latencyMs.p50} ms, ` +
      `p95 ${s.latencyMs.p95} ms, p99 ${s.latencyMs.p99} ms.`,
    '',
    `RSS slope (server + embedded database, least squares over ${s.rssSamples} samples every 5 s): ` +
      `${s.rssSlopeMbPerMin.all} MB/min over the run, ${s.rssSlopeMbPerMin.afterFirstMinute} MB/min after the first minute ` +
      `(server ${s.rssSlopeMbPerMin.server} MB/min, embedded database ${s.rssSlopeMbPerMin.database} MB/min).`,
    '',
    '| t s | server RSS MB | database RSS MB |',
    '|---|---|---|',
    ...s.rss.map((x) => `| ${x.seconds} | ${x.server} | ${x.db || '—'} |`),
    '',
    '| operation | role | method | count | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|---|---|',
    ...s.ops.map((o) => `| ${o.name} | ${o.role} | ${o.method} | ${o.count} | ${o.p50} | ${o.p95} | ${o.p99} |`),
    ...(s.errors.length ? ['', 'First non-2xx replies:', '', ...s.errors.map((e) => `- ${e}`)] : []),
  ];
  const text = `${md.join('\n')}\n`;
  fs.writeFileSync(path.join(dir, `soak-${s.driver}-latest.md`), text);
  console.log(`\n${text}`);
}
