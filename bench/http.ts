import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

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
  /** Responses by HTTP status. */
  statuses: Record<string, number>;
}

const run = promisify(execFile);
const child = path.join(import.meta.dirname, 'load-child.ts');

/**
 * Runs autocannon against one URL (or, with `paths`, cycles each connection through those paths of the same host)
 * with the session cookie (and `request`: a POST with a JSON body), loopback only, bounded in time. The load generator is a separate process
 * (bench/load-child.ts): in the server's process it took the event loop from the server it measured.
 * Percentiles come from every response time recorded.
 */
export async function measure(
  name: string,
  url: string,
  cookie: string,
  connections = 64,
  seconds = 5,
  paths?: string[],
  request: { method?: 'GET' | 'POST'; body?: string } = {},
): Promise<HttpResult> {
  const spec = JSON.stringify({ url, cookie, connections, seconds, paths, ...request });
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, spec], {
    maxBuffer: 1 << 20,
    timeout: (seconds + 60) * 1000,
  });
  const lines = stdout.trim().split('\n');
  const r = JSON.parse(lines[lines.length - 1]) as Omit<HttpResult, 'name' | 'url' | 'connections'>;
  // A case answered with errors measures the error path: say so loudly (the statuses are in the JSON result).
  if (r.non2xx > 0 || r.errors > 0)
    console.warn(`⚠ ${name}: ${r.non2xx} non-2xx, ${r.errors} errors, statuses ${JSON.stringify(r.statuses)}`);
  return { name, url, connections, ...r };
}
