import autocannon from 'autocannon';

export interface HttpResult {
  name: string;
  url: string;
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against one URL with the session cookie (loopback only, bounded in time). */
export async function measure(
  name: string,
  url: string,
  cookie: string,
  connections = 64,
  seconds = 5,
): Promise<HttpResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { cookie } });
  return {
    name,
    url,
    requestsPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
