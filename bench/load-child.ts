/**
 * The load generator as its own process (spawned by bench/http.ts `measure`), so autocannon's event loop does not
 * share a thread with the server it measures. Input: one JSON argument; output: one JSON line on stdout.
 */
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
  paths?: string[];
  method?: 'GET' | 'POST';
  /** JSON body (sent with content-type application/json). */
  body?: string;
}

/** Percentile (nearest rank) of sorted values, rounded to 0.1 ms. */
function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(i, 0)] * 10) / 10;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
const times: number[] = [];
const statuses: Record<number, number> = {};
const method = spec.method ?? 'GET';
const requests = spec.paths
  ? spec.paths.map((path) => ({ method, path, body: spec.body }))
  : [{ method, path: new URL(spec.url).pathname + new URL(spec.url).search, body: spec.body }];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: spec.url,
      connections: spec.connections,
      duration: spec.seconds,
      headers: { cookie: spec.cookie, ...(spec.body ? { 'content-type': 'application/json' } : {}) },
      requests,
    },
    (err, res) => (err ? reject(err) : resolve(res)),
  );
  instance.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
});
times.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    requestsPerSec: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors,
    non2xx: result.non2xx,
    statuses,
  })}\n`,
);
