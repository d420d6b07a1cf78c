// Facts of one self-evaluation indicator row that the review checks read and that no rule changes: the score the unit
// claims, whether the target is met, and whether any of the five rule-independent row checks can fire (claimed above
// the rule score, full score below target, a cost indicator with an increasing operator, a target looser than last
// year, no deviation reason for a missed target). The database keeps the last as a generated column
// (self_evaluation_indicator.row_may_fire) so the checks skip the other rows; reviews/checks-sql.ts computes the same
// expressions over its rows and tests each check, with the rules' level pairs, on the rows kept.
import { type SQL, sql } from 'drizzle-orm';
import { costLevel2Codes, decreasingOperators, increasingOperators } from '../../../core/rules/indicator';

/** A fixed list of code constants as SQL literals. */
export const literalList = (list: readonly string[]) =>
  sql.raw(list.map((x) => `'${x.replaceAll("'", "''")}'`).join(', '));

/** A column of the row, qualified by `alias` (or bare, inside the table's own generated column). */
type Col = (name: string) => SQL;
export const columnOf =
  (alias: string | null): Col =>
  (name) =>
    sql.raw(alias ? `${alias}.${name}` : name);

/** The score the unit claims: its own, else (quantitative rows) the score the form computed. */
export const claimedOf = (c: Col) =>
  sql`coalesce(${c('claimed_score')}, CASE WHEN ${c('operator')} <> '定性' THEN ${c('score')} END)`;

/** Whether the row met its target (null when a number is missing), as core/rules/review compares. */
export const achievedOf = (c: Col) => sql`CASE WHEN ${c('operator')} = '定性' THEN ${c('qualitative_level')} = '达成'
              WHEN ${c('actual_number')} IS NULL OR ${c('target_number')} IS NULL THEN NULL
              WHEN ${c('operator')} = '=' THEN abs(${c('actual_number')} - ${c('target_number')})
                                          <= 1e-9 * greatest(1, abs(${c('target_number')}))
              WHEN ${c('operator')} IN ('≥', '>') THEN ${c('actual_number')} >= ${c('target_number')}
              ELSE ${c('actual_number')} <= ${c('target_number')} END`;

/** The five rule-independent row flags, each true, false or null (the checks test each). */
export function rowFlags(c: Col, claimed: SQL, achieved: SQL) {
  const increasing = literalList(increasingOperators);
  return {
    above: sql`${claimed} > ${c('rule_score')}`,
    fullBelow: sql`${claimed} >= ${c('weight')} AND NOT ${achieved}`,
    costUp: sql`(${c('level1')} = 'cost' OR ${c('level2')} IN (${literalList(costLevel2Codes)}))
      AND ${c('operator')} IN (${increasing})`,
    looser: sql`(${c('operator')} IN (${increasing}) AND ${c('target_number')} < ${c('last_year_actual')})
      OR (${c('operator')} IN (${literalList(decreasingOperators)}) AND ${c('target_number')} > ${c('last_year_actual')})`,
    noReason: sql`NOT ${achieved} AND ${c('deviation_blank')}`,
  };
}

/** The generated column's expression: any of the five flags true (the row may raise a row-level finding). */
export function rowMayFireExpression() {
  const c = columnOf(null);
  // The stored column cannot read the generated deviation_blank: the same expression over the reason itself.
  const own: Col = (name) =>
    name === 'deviation_blank' ? sql`(jx_normalize((deviation_reason)::text) = '')` : c(name);
  const f = rowFlags(own, claimedOf(own), achievedOf(own));
  return sql`coalesce(${f.above}, false) OR coalesce(${f.fullBelow}, false) OR coalesce(${f.costUp}, false)
    OR coalesce(${f.looser}, false) OR coalesce(${f.noReason}, false)`;
}
