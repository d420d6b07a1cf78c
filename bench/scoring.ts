/**
 * Issue #6: throughput of the scoring endpoint (`POST /api/self-evaluations/score`, a typical 8-row form: session
 * lookup, rule set, validation, pure scoring) beside the trivial route `/api/health`, same server, connections and
 * load generator, in the same run.
 */
import { measure } from './http';

const row = (o: Record<string, unknown>) => ({
  level1: '产出指标',
  level2: '数量指标',
  name: '指标',
  unit: '个',
  operator: '≥',
  weight: 10,
  target: 100,
  actual: 96,
  ...o,
});

/** A form as units submit it: 8 rows over every level 1, all operators, one qualitative row with a claimed score. */
const scoringBody = {
  year: 2025,
  budget: { annual: 1_000_000, executed: 870_000 },
  indicators: [
    row({ weight: 15 }),
    row({ level2: '质量指标', operator: '=', target: 100, actual: 100 }),
    row({ level2: '时效指标', operator: '≤', target: 12, actual: 13, unit: '月' }),
    row({ level2: '成本指标', operator: '<', target: 500, actual: 480, unit: '万元' }),
    row({ level1: '效益指标', level2: '社会效益指标', operator: '>', target: 90, actual: 95, weight: 15 }),
    row({ level1: '效益指标', level2: '可持续影响指标', operator: '≥', target: 3, actual: 2, unit: '年', weight: 10 }),
    row({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      operator: '定性',
      target: null,
      actual: null,
      qualitativeLevel: '部分达成',
      claimedScore: 6,
    }),
    row({ level1: '满意度指标', level2: '服务对象满意度指标', target: 90, actual: 92, unit: '%' }),
  ],
};

/** The scoring case as an HTTP result row with the trivial route's req/s of the same run beside it. */
export async function runScoringCase(address: string, cookie: string, connections = 64) {
  const body = JSON.stringify(scoringBody);
  const url = `${address}/api/self-evaluations/score`;
  const probe = await fetch(url, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
  if (probe.status !== 200) throw new Error(`scoring HTTP ${probe.status}: ${await probe.text()}`);
  const trivial = await measure('trivial /api/health', `${address}/api/health`, cookie, connections, 3);
  const r = await measure('自评试算 POST /api/self-evaluations/score（8 行）', url, cookie, connections, 5, undefined, {
    method: 'POST',
    body,
  });
  const ratio = Math.round((trivial.requestsPerSec / Math.max(r.requestsPerSec, 1)) * 10) / 10;
  console.log(
    `${r.name}: ${r.requestsPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.non2xx} non-2xx ` +
      `(trivial ${trivial.requestsPerSec} req/s, ${ratio}×)`,
  );
  return { ...r, baselineRps: trivial.requestsPerSec, ratio };
}
