import fs from 'node:fs';
import path from 'node:path';
import type { GenerateReport } from '../server/demo/scale/generate';
import type { BatchResult } from './batch';
import type { HttpResult } from './http';
import type { ImportResult } from './import';
import type { ListBench } from './lists';
import { PAGE_TARGET_MS, type PagesBench } from './pages';

export interface BenchSummary {
  driver: string;
  scale: string;
  demoSeedSeconds: number;
  peakRssMb: number;
  generator: GenerateReport | null;
  http: (HttpResult & { baselineRps: number; ratio: number })[];
  batch: BatchResult[];
  import: ImportResult | null;
  lists?: ListBench | null;
  importIndicators?: ImportResult | null;
  pages?: PagesBench | null;
}

function listLines(l: ListBench) {
  return [
    '',
    `## Lists and search (region ${l.region}: ${l.projects} projects, ${l.indicators} library indicators; target p95 < 50 ms)`,
    '',
    '| case | conns | req/s | p50 ms | p95 ms | p99 ms | trivial req/s | trivial p95 ms | p95 ratio | req/s ratio |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...l.cases.map(
      (c) =>
        `| ${c.name} | ${c.connections} | ${c.requestsPerSec} | ${c.p50} | ${c.p95} | ${c.p99} | ${c.trivialRps} | ` +
        `${c.trivialP95} | ${c.p95Ratio}× | ${c.rpsRatio}× |`,
    ),
  ];
}

function pageLines(p: PagesBench) {
  const ok = p.cases.filter((c) => c.status === 200);
  const slow = ok.filter((c) => c.maxMs >= PAGE_TARGET_MS);
  const failed = p.cases
    .filter((c) => c.status !== 200)
    .sort((a, b) => a.user.localeCompare(b.user) || a.url.localeCompare(b.url));
  return [
    '',
    `## Pages (region ${p.region}, ${p.projects} projects; users ${p.users.join(', ')}; target < ${PAGE_TARGET_MS} ms)`,
    '',
    `${p.cases.length} requests over ${new Set(p.cases.map((c) => c.route)).size} GET routes, one at a time, ` +
      `median and max of 3 after one warm-up, sorted by max: ${slow.length} at or above ${PAGE_TARGET_MS} ms (⚠); ` +
      `${failed.length} not HTTP 200 (listed below the table).`,
    '',
    '| | user | url | median ms | max ms | KB |',
    '|---|---|---|---|---|---|',
    ...ok.map(
      (c) =>
        `| ${c.maxMs >= PAGE_TARGET_MS ? '⚠' : ''} | ${c.user} | \`${c.url}\` | ${c.medianMs} | ${c.maxMs} | ${c.kb} |`,
    ),
    '',
    "Not HTTP 200 (403/404: the page is not one of this role's, or the row is not the account's):",
    '',
    ...failed.map((c) => `- ${c.status} ${c.user} \`${c.url}\``),
  ];
}

/** Writes <driver>-<scale>-<stamp>.json and <driver>-<scale>-latest.md, and prints the Markdown. */
export function writeResults(dir: string, s: BenchSummary) {
  const at = new Date().toISOString();
  const stamp = at.slice(0, 19).replace(/[:T]/g, '-');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${s.driver}-${s.scale}-${stamp}.json`), JSON.stringify({ at, ...s }, null, 2));
  const g = s.generator;
  const md = [
    `# Bench (${s.driver}, scale ${s.scale}, ${at})`,
    '',
    `Demo seed ${s.demoSeedSeconds.toFixed(1)} s · peak RSS ${s.peakRssMb} MB · HTTP at 64 connections`,
    '',
    '| case | req/s | p50 ms | p95 ms | p99 ms | trivial req/s | ratio |',
    '|---|---|---|---|---|---|---|',
    ...s.http.map(
      (r) => `| ${r.name} | ${r.requestsPerSec} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.baselineRps} | ${r.ratio}× |`,
    ),
  ];
  if (s.lists) md.push(...listLines(s.lists));
  if (s.pages) md.push(...pageLines(s.pages));
  if (g && !g.skipped) {
    md.push(
      '',
      `## Generator (${g.codes.length} regions, ${g.seconds.toFixed(1)} s)`,
      '',
      '| table | rows | s | rows/s |',
    );
    md.push(
      '|---|---|---|---|',
      ...g.steps.map((x) => `| ${x.table} | ${x.rows} | ${x.seconds.toFixed(2)} | ${x.rowsPerSec} |`),
    );
  }
  if (s.batch.length) {
    md.push(
      '',
      '## Batch (one generated region) vs raw SQL scan',
      '',
      '| case | rows scanned | s | raw scan s | ratio |',
    );
    md.push(
      '|---|---|---|---|---|',
      ...s.batch.map((b) => `| ${b.name} | ${b.rows} | ${b.seconds} | ${b.rawSeconds} | ${b.ratio}× |`),
    );
  }
  const imports = [s.import, s.importIndicators].filter((x): x is ImportResult => !!x);
  if (imports.length) {
    md.push('', '## Import', '', '| case | rows | s | rows/s | exceljs parse s | parse rows/s | ratio |');
    md.push('|---|---|---|---|---|---|---|');
    for (const i of imports) {
      md.push(
        `| ${i.name} | ${i.rows} | ${i.seconds} | ${i.rowsPerSec} | ${i.parseSeconds} | ${i.parseRowsPerSec} | ${i.ratio}× |`,
      );
    }
  }
  const text = `${md.join('\n')}\n`;
  fs.writeFileSync(path.join(dir, `${s.driver}-${s.scale}-latest.md`), text);
  console.log(`\n${text}`);
}
