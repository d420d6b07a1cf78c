import { type SQL, sql } from 'drizzle-orm';
import type { MonitoringRules } from '../../../core/rules/monitoring/index';
import { timeProgress } from '../../../core/rules/monitoring/index';
import type { DbOrTx } from '../../platform/db/client';

/**
 * The warning rules of core/rules/monitoring expressed set-based in SQL, for a whole round in one statement.
 * The pure functions stay the reference (warning-sql.test.ts proves both give the same colors and v-scores):
 * all arithmetic and comparisons are float8 (IEEE doubles, as JavaScript numbers) in the same operation order
 * as the TypeScript; v is stored as numeric(10,2) as before.
 */

/**
 * round2(x) as core/rules/monitoring round2: half away from zero on the shortest decimal of the double. Away from
 * a tie the float arithmetic floor(|x|·100 + 0.5) gives the same integer; within 1e-9 (relative) of a tie, where
 * float rounding could differ, the shortest decimal text is rounded exactly (PostgreSQL ≥ 12 prints float8
 * shortest-exact, like JavaScript). The text path is exact but slow, hence only near ties. Result: the double
 * nearest to k/100, as JavaScript's Number(`${k}e-2`).
 */
const r2 = (x: SQL) => {
  const y = sql`(abs(${x}) * 100)`;
  return sql`case when abs(${y} - floor(${y}) - 0.5) < 1e-9 * greatest(${y}, 1)
    then round((${x})::text::numeric, 2)::float8 else sign(${x}) * floor(${y} + 0.5) / 100 end`;
};

/** The rule set as bound parameters (typed), folded into constants by the planner. */
function params(rules: MonitoringRules, month: number) {
  const ok = timeProgress(month, rules).ok;
  const lk = (v: string | null) => sql`${v}::text`;
  const sev = sql`array[${sql.join(
    rules.severity.map((c) => sql`${c}::text`),
    sql`, `,
  )}]::text[]`;
  return {
    miy: sql`${rules.monthsInYear}::float8`,
    // An invalid month judges nothing (as timeProgress fails); 1 only keeps the unused arithmetic defined.
    mon: sql`${ok ? month : 1}::float8`,
    ok: sql.raw(ok ? 'true' : 'false'),
    g: sql`${rules.bands.green}::float8`,
    y: sql`${rules.bands.yellow}::float8`,
    zeroRed: sql`${rules.positive.zeroIsRed}::boolean`,
    posBlue: sql`${rules.positive.bluePercent}::float8`,
    prorate: rules.negative.prorate,
    negBlue: sql`${rules.negative.bluePercent}::float8`,
    forced: sql`case x.lk when 'certain' then ${lk(rules.likelihoodColors.certain)}
      when 'possible' then ${lk(rules.likelihoodColors.possible)}
      when 'impossible' then ${lk(rules.likelihoodColors.impossible)} end`,
    /** Rank of a color in the severity order (NULL: unranked). */
    rank: (color: SQL) => sql`array_position(${sev}, ${color})`,
    /** Worst of ranks (NULLs ignored by least), green when nothing ranks, as worstColor. */
    worst: (...ranks: SQL[]) =>
      sql`coalesce((${sev})[least(array_position(${sev}, 'green'), ${sql.join(ranks, sql`, `)})], 'green')`,
  };
}
type Params = ReturnType<typeof params>;

const band = (p: Params, v: SQL) =>
  sql`case when ${v} >= ${p.g} then 'green' when ${v} >= ${p.y} then 'yellow' else 'red' end`;

/**
 * Per indicator row, computed once (materialized): pr = round2(current / target × 100) for positive operators,
 * rv = the v-score formula wherever it is defined (no division by zero).
 */
function scores(p: Params) {
  const neg = p.prorate ? sql`(x.t * ${p.mon} * 100) / (x.c * ${p.miy})` : sql`(x.t * 100) / x.c`;
  return sql`
    case when not x.neg and x.t > 0 then ${r2(sql`x.c * 100 / x.t`)} end as pr,
    case when x.neg then case when x.t > 0 and x.c > 0 then ${r2(neg)} end
      when x.t > 0 then ${r2(sql`(x.c * 100 * ${p.miy}) / (x.t * ${p.mon})`)} end as rv`;
}

/** Numeric color and v of an indicator by its operator's rule (NULL color: cannot be judged). */
function numeric(p: Params) {
  const color = sql`case
    when x.qual then 'green'
    when x.c is null or x.t is null then null
    when x.neg then case when x.t < 0 then null when x.t = 0 then case when x.c <= 0 then 'green' else 'red' end
      when x.c <= 0 then 'blue' when x.rv >= ${p.negBlue} then 'blue' else ${band(p, sql`x.rv`)} end
    when not (x.t > 0) then null
    when x.c <= 0 and ${p.zeroRed} then 'red'
    when x.pr >= ${p.posBlue} then 'blue'
    else ${band(p, sql`x.rv`)}
  end`;
  const v = sql`case
    when x.qual or x.c is null or x.t is null then null
    when x.neg then case when x.t > 0 and x.c > 0 then x.rv end
    when x.t > 0 and not (x.c <= 0 and ${p.zeroRed}) and x.pr < ${p.posBlue} then x.rv
  end`;
  return { color, v };
}

const safe = (col: SQL) => sql`${col} between -9007199254740991 and 9007199254740991`;

export interface LevelCounts {
  red: number;
  yellow: number;
  green: number;
  blue: number;
  none: number;
}

export interface RecomputeResult {
  entries: number;
  indicators: number;
  changedEntries: number;
  changedIndicators: number;
  before: LevelCounts;
  after: LevelCounts;
}

const counts = (col: string) =>
  sql.raw(`json_build_object('red', count(*) filter (where ${col} = 'red'), 'yellow', count(*) filter (where ${col} = 'yellow'),
    'green', count(*) filter (where ${col} = 'green'), 'blue', count(*) filter (where ${col} = 'blue'),
    'none', count(*) filter (where ${col} is null))`);

/**
 * The one statement: CTEs compute, two data-modifying CTEs write only changed rows (located by primary key:
 * `id = any(array(…))`, so the plan never scans the whole table for them), the last select reports.
 */
export function recomputeQuery(roundId: number, month: number, rules: MonitoringRules) {
  const p = params(rules, month);
  const n = numeric(p);
  const execV = r2(sql`(x.paid::float8 * 100 * ${p.miy}) / (x.adjusted_budget::float8 * ${p.mon})`);
  const execOk = sql`x.paid is not null and ${safe(sql`x.paid`)} and ${safe(sql`x.adjusted_budget`)}
    and x.adjusted_budget > 0 and x.paid >= 0`;
  return sql`
    with x0 as materialized (
      select mi.id, mi.ctid as tid, mi.entry_id, mi.color as old_color, mi.v as old_v, mi.likelihood as lk,
        ti.operator = '定性' as qual, ti.operator in ('≤', '<') as neg,
        ti.target_number::float8 as t, mi.current_value::float8 as c
      from monitoring_indicator mi
      join target_indicator ti on ti.id = mi.target_indicator_id
      where mi.entry_id = any(array(select e.id from monitoring_entry e
        where e.round_id = ${roundId} and e.filled_at is not null))),
    xs as materialized (select x.*, ${scores(p)} from x0 x),
    xn as (select x.id, x.tid, x.entry_id, x.old_color, x.old_v, ${n.color} as ncolor, ${n.v} as nv, ${p.forced} as fcolor
      from xs x),
    calc as materialized (
      select x.id, x.tid, x.entry_id, x.old_color, x.old_v,
        case when x.ncolor is not null and ${p.ok} then ${p.worst(p.rank(sql`x.ncolor`), p.rank(sql`x.fcolor`))} end as cl,
        case when x.ncolor is not null and ${p.ok} then x.nv end as v
      from xn x),
    chg_ind as materialized (select tid, cl, v from calc where old_color is distinct from cl or old_v is distinct from v),
    upd_ind as (
      update monitoring_indicator m set color = c.cl, v = c.v from chg_ind c
      where m.ctid = any(array(select tid from chg_ind)) and m.ctid = c.tid returning 1),
    agg as (select entry_id, count(cl) as judged, min(${p.rank(sql`cl`)}) as rk from calc group by entry_id),
    ex as (
      select x.id, x.ctid as tid, x.warning_color as old_wc, x.execution_color as old_ec, x.execution_v as old_ev,
        x.indicator_color as old_ic, coalesce(a.judged, 0) as judged, a.rk,
        case when ${p.ok} and ${execOk} then ${execV} end as ev
      from monitoring_entry x left join agg a on a.entry_id = x.id
      where x.round_id = ${roundId} and x.filled_at is not null),
    ec as (select x.*, case when x.ev is not null then ${band(p, sql`x.ev`)} end as ec from ex x),
    ent as (
      select x.*,
        case when x.judged > 0 then ${p.worst(sql`x.rk`)} end as ic,
        case when x.ec is not null or x.judged > 0 then ${p.worst(sql`x.rk`, p.rank(sql`x.ec`))} end as wc
      from ec x),
    chg_ent as materialized (select tid, ec, ev, ic, wc from ent where old_ec is distinct from ec
      or old_ev is distinct from ev or old_ic is distinct from ic or old_wc is distinct from wc),
    upd_ent as (
      update monitoring_entry m set execution_color = n.ec, execution_v = n.ev, indicator_color = n.ic, warning_color = n.wc
      from chg_ent n where m.ctid = any(array(select tid from chg_ent)) and m.ctid = n.tid returning 1)
    select (select count(*) from ent)::int as entries, (select count(*) from calc)::int as indicators,
      (select count(*) from upd_ent)::int as changed_entries, (select count(*) from upd_ind)::int as changed_indicators,
      (select ${counts('old_wc')} from ent) as before, (select ${counts('wc')} from ent) as after`;
}

/**
 * Recomputes every indicator and entry warning of a round's filled entries in one statement; only rows whose
 * color or v changes are written. Returns row counts and the project levels before and after.
 */
export async function recomputeRoundSql(
  db: DbOrTx,
  roundId: number,
  month: number,
  rules: MonitoringRules,
): Promise<RecomputeResult> {
  // JIT compiling this one statement costs more than running it (≈1.5 s vs 0.1 s measured), and round2's text
  // path needs float8 printed shortest-exact (the default 1); the caller's transaction bounds both settings.
  await db.execute(sql`set local jit = off`);
  await db.execute(sql`set local extra_float_digits = 1`);
  const res = await db.execute(recomputeQuery(roundId, month, rules));
  const row = res.rows[0] as {
    entries: number;
    indicators: number;
    changed_entries: number;
    changed_indicators: number;
    before: LevelCounts;
    after: LevelCounts;
  };
  return {
    entries: Number(row.entries),
    indicators: Number(row.indicators),
    changedEntries: Number(row.changed_entries),
    changedIndicators: Number(row.changed_indicators),
    before: row.before,
    after: row.after,
  };
}
