import { type SQL, sql } from 'drizzle-orm';
import type { MonitoringRules, WarningColor } from '../../../core/rules/monitoring/index';
import { timeProgress } from '../../../core/rules/monitoring/index';
import type { DbOrTx } from '../../platform/db/client';
import { executeWith } from '../../platform/planner';

/**
 * The warning rules of core/rules/monitoring expressed set-based in SQL, for a whole round in one statement.
 * The pure functions stay the reference (warning-sql.test.ts proves both give the same colors and v-scores):
 * all arithmetic and comparisons are float8 (IEEE doubles, as JavaScript numbers) in the same operation order
 * as the TypeScript; v is stored as numeric(10,2) as before.
 */

/**
 * round2(x) as core/rules/monitoring round2: half away from zero on the shortest decimal of the double. Away from
 * a tie, rounding x·100 to the nearest integer (round = rint) gives the same integer as half away from zero; within
 * 1e-9 (relative) of a tie, where float rounding could differ, the shortest decimal text is rounded exactly
 * (PostgreSQL ≥ 12 prints float8 shortest-exact, like JavaScript). The text path is exact but slow, hence only near
 * ties. Result: the double nearest to k/100, as JavaScript's Number(`${k}e-2`).
 */
const r2 = (x: SQL) => {
  const z = sql`((${x}) * 100)`;
  return sql`case when abs(${z} - floor(${z}) - 0.5) < 1e-9 * greatest(abs(${z}), 1)
    then round((${x})::text::numeric, 2)::float8 else round(${z}) / 100 end`;
};

/** The rule set as bound parameters (typed), folded into constants by the planner. */
function params(rules: MonitoringRules, month: number) {
  const ok = timeProgress(month, rules).ok;
  // Ranks are constants here: rows carry an indicator's color as its rank (an integer) until the last level, and a
  // color text is ranked by a CASE, not looked up in an array per row.
  const sev = rules.severity;
  const color = (c: string) => sql`${c}::text`;
  const green = sev.indexOf('green') + 1;
  // Rank of the color a likelihood forces, known here (NULL: none, or unranked).
  const forcedRank = (c: WarningColor | null) => sql.raw(String((c ? sev.indexOf(c) + 1 : 0) || 'null'));
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
    /** Rank of the color the row's likelihood forces (as rank(forced color)). */
    forcedRank: sql`case x.likelihood when 'certain' then ${forcedRank(rules.likelihoodColors.certain)}
      when 'possible' then ${forcedRank(rules.likelihoodColors.possible)}
      when 'impossible' then ${forcedRank(rules.likelihoodColors.impossible)} end::int`,
    /** Rank of a color in the severity order, 1 = worst (NULL: unranked). */
    rank: (c: SQL) =>
      sev.length
        ? sql`case ${c} ${sql.join(
            sev.map((x, i) => sql`when ${color(x)} then ${sql.raw(String(i + 1))}`),
            sql` `,
          )} end`
        : sql`null::int`,
    /** Rank a judged color counts with: its rank, or 99 when unranked (never the worst, so ignored as by worstColor). */
    judgedRank: (c: WarningColor) => sql.raw(String(sev.indexOf(c) + 1 || 99)),
    /** Least of ranks and green's rank if it has one (NULLs ignored by least): the worst rank, as worstColor. */
    least: (...ranks: SQL[]) => sql`least(${sql.join(green ? [sql.raw(String(green)), ...ranks] : ranks, sql`, `)})`,
    /** The color of a rank from least (green when nothing ranks, as worstColor). */
    colorOf: (r: SQL) =>
      sev.length === 0
        ? sql`'green'::text`
        : sql`case ${r} ${sql.join(
            sev.map((x, i) => sql`when ${sql.raw(String(i + 1))} then ${color(x)}`),
            sql` `,
          )} else 'green' end`,
  };
}
type Params = ReturnType<typeof params>;

/**
 * Raw quotients per indicator row, NULL where undefined (no division by zero): qp = current / target × 100 for
 * positive operators, qv = the v-score formula; pr and rv are their round2 (own subquery level, so each quotient is
 * computed once). Operation order as in core/rules/monitoring.
 */
function quotients(p: Params) {
  const neg = p.prorate ? sql`(x.t * ${p.mon} * 100) / (x.c * ${p.miy})` : sql`(x.t * 100) / x.c`;
  return sql`
    case when not x.neg and x.t > 0 then x.c * 100 / x.t end as qp,
    case when x.neg then case when x.t > 0 and x.c > 0 then ${neg} end
      when x.t > 0 then (x.c * 100 * ${p.miy}) / (x.t * ${p.mon}) end as qv`;
}

/** Rank (as judgedRank) and v of an indicator's numeric color by its operator's rule (NULL rank: cannot be judged). */
function numeric(p: Params) {
  const r = p.judgedRank;
  const band = sql`case when x.rv >= ${p.g} then ${r('green')} when x.rv >= ${p.y} then ${r('yellow')} else ${r('red')} end`;
  const rank = sql`case
    when x.qual then ${r('green')}
    when x.c is null or x.t is null then null
    when x.neg then case when x.t < 0 then null when x.t = 0 then case when x.c <= 0 then ${r('green')} else ${r('red')} end
      when x.c <= 0 then ${r('blue')} when x.rv >= ${p.negBlue} then ${r('blue')} else ${band} end
    when not (x.t > 0) then null
    when x.c <= 0 and ${p.zeroRed} then ${r('red')}
    when x.pr >= ${p.posBlue} then ${r('blue')}
    else ${band}
  end`;
  const v = sql`case
    when x.qual or x.c is null or x.t is null then null
    when x.neg then case when x.t > 0 and x.c > 0 then x.rv end
    when x.t > 0 and not (x.c <= 0 and ${p.zeroRed}) and x.pr < ${p.posBlue} then x.rv
  end`;
  return { rank, v };
}

/**
 * Color (cl), its rank (crank, for the entry's worst) and v of indicator rows. `source` yields per row likelihood,
 * operator, target_number and current_value (as stored) plus the columns in `keep`, passed through. The rows stream
 * through nested subqueries, each level naming only the columns the next needs (`offset 0` keeps a level from being
 * flattened into the next, so a cast, quotient or v-score is computed once per row without materializing it).
 */
function judge(p: Params, keep: string[], source: SQL) {
  const n = numeric(p);
  const k = sql.raw(keep.map((c) => `x.${c}, `).join(''));
  const judged = sql`x.nrank is not null and ${p.ok}`;
  const worst = p.least(sql`x.nrank`, sql`x.frank`);
  return sql`
    select ${k}case when ${judged} then ${p.colorOf(worst)} end as cl, case when ${judged} then ${worst} end as crank,
      case when ${judged} then x.nv end as v
    from (select ${k}x.frank, ${n.rank} as nrank, ${n.v} as nv
      from (select ${k}x.qual, x.neg, x.t, x.c, x.frank, ${r2(sql`x.qp`)} as pr, ${r2(sql`x.qv`)} as rv
        from (select ${k}x.qual, x.neg, x.t, x.c, x.frank, ${quotients(p)}
          from (select ${k}x.operator = '定性' as qual, x.operator in ('≤', '<') as neg,
              x.target_number::float8 as t, x.current_value::float8 as c, ${p.forcedRank} as frank
            from (${source}) x offset 0) x offset 0) x offset 0) x offset 0) x`;
}

/**
 * A select of indicator rows with their warning color and v by the rules, for inserting rows already judged (the
 * scale generator): `source` as in judge, `keep` its columns to return before `color` and `v`.
 */
export function judgedIndicators(rules: MonitoringRules, month: number, keep: string[], source: SQL) {
  return sql`select ${sql.raw(keep.map((c) => `j.${c}, `).join(''))}j.cl, j.v
    from (${judge(params(rules, month), keep, source)}) j`;
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
 * The one statement. Indicator rows are judged (judge) and streamed into one aggregate per entry, which also
 * collects the rows whose color or v changed (no materialized copy of every row); two data-modifying CTEs write
 * only changed rows (located by ctid: `ctid = any(array(…))`, so the plan never scans the whole table for them),
 * the last select reports in one pass over the entries.
 */
export function recomputeQuery(roundId: number, month: number, rules: MonitoringRules) {
  const p = params(rules, month);
  const execV = r2(sql`(x.paid::float8 * 100 * ${p.miy}) / (x.adjusted_budget::float8 * ${p.mon})`);
  const execOk = sql`x.paid is not null and ${safe(sql`x.paid`)} and ${safe(sql`x.adjusted_budget`)}
    and x.adjusted_budget > 0 and x.paid >= 0`;
  const filled = sql`from monitoring_entry e where e.round_id = ${roundId} and e.filled_at is not null`;
  return sql`
    with agg as materialized (
      select x.entry_id, count(*) as n, count(x.cl) as judged, min(x.crank) as rk,
        array_agg(x.tid) filter (where x.changed) as tids, array_agg(x.cl) filter (where x.changed) as cls,
        array_agg(x.v) filter (where x.changed) as vs
      from (select x.tid, x.entry_id, x.cl, x.crank, x.v,
          x.old_color is distinct from x.cl or x.old_v is distinct from x.v as changed
        from (${judge(
          p,
          ['tid', 'entry_id', 'old_color', 'old_v'],
          sql`
          select mi.ctid as tid, mi.entry_id, mi.color as old_color, mi.v as old_v, mi.likelihood, ti.operator,
            ti.target_number, mi.current_value
          from monitoring_indicator mi
          join target_indicator ti on ti.id = mi.target_indicator_id
          -- An entry's rows are its target's indicators (populateRound), so the target filter is redundant; it
          -- lets the plan read target_indicator by target (hash join) instead of probing it once per row.
          where mi.entry_id = any(array(select e.id ${filled}))
            and ti.target_id = any(array(select e.target_id ${filled}))`,
        )}) x offset 0) x
      group by x.entry_id),
    chg_ind as materialized (
      select u.tid, u.cl, u.v from agg a cross join lateral unnest(a.tids, a.cls, a.vs) as u(tid, cl, v)
      where a.tids is not null),
    upd_ind as (
      update monitoring_indicator m set color = c.cl, v = c.v from chg_ind c
      where m.ctid = any(array(select tid from chg_ind)) and m.ctid = c.tid returning 1),
    ent as (
      select x.*,
        case when x.judged > 0 then ${p.colorOf(p.least(sql`x.rk`))} end as ic,
        case when x.ec is not null or x.judged > 0 then ${p.colorOf(p.least(sql`x.rk`, p.rank(sql`x.ec`)))} end as wc
      from (select x.*, case when x.ev >= ${p.g} then 'green' when x.ev >= ${p.y} then 'yellow' when x.ev is not null then 'red' end as ec
        from (select x.id, x.ctid as tid, x.warning_color as old_wc, x.execution_color as old_ec,
            x.execution_v as old_ev, x.indicator_color as old_ic, coalesce(a.n, 0) as n,
            coalesce(a.judged, 0) as judged, a.rk, case when ${p.ok} and ${execOk} then ${execV} end as ev
          from monitoring_entry x left join agg a on a.entry_id = x.id
          where x.round_id = ${roundId} and x.filled_at is not null
          offset 0) x offset 0) x),
    chg_ent as materialized (select tid, ec, ev, ic, wc from ent where old_ec is distinct from ec
      or old_ev is distinct from ev or old_ic is distinct from ic or old_wc is distinct from wc),
    upd_ent as (
      update monitoring_entry m set execution_color = n.ec, execution_v = n.ev, indicator_color = n.ic, warning_color = n.wc
      from chg_ent n where m.ctid = any(array(select tid from chg_ent)) and m.ctid = n.tid returning 1)
    select count(*)::int as entries, coalesce(sum(n), 0)::int as indicators,
      (select count(*) from upd_ent)::int as changed_entries, (select count(*) from upd_ind)::int as changed_indicators,
      ${counts('old_wc')} as before, ${counts('wc')} as after
    from ent`;
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
  // round2's text path needs float8 printed shortest-exact (extra_float_digits 1, the default). The planner estimates
  // the per-entry aggregate at one row (its ids come from `any(array(…))`) and joins the round's entries to it in a
  // nested loop: at province scale 2,020 × 2,020 comparisons, 310 of 355 ms (EXPLAIN ANALYZE). Both for this
  // statement only.
  const res = await executeWith(
    db,
    { extra_float_digits: '1', enable_nestloop: 'off' },
    recomputeQuery(roundId, month, rules),
  );
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
