import autocannon from 'autocannon';

export interface HttpResult {
  name: string;
  url: string;
  connections: number;
  requestsPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Percentile (nearest rank) of sorted values, rounded to 0.1 ms. */
function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(i, 0)] * 10) / 10;
}

/**
 * Runs autocannon against one URL (or, with `paths`, cycles each connection through those paths of the same host)
 * with the session cookie, loopback only, bounded in time. Percentiles come from every response time recorded.
 */
export async function measure(
  name: string,
  url: string,
  cookie: string,
  connections = 64,
  seconds = 5,
  paths?: string[],
): Promise<HttpResult> {
  const times: number[] = [];
  const requests = paths?.map((path) => ({ method: 'GET' as const, path }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: { cookie }, requests }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return {
    name,
    url,
    connections,
    requestsPerSec: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
