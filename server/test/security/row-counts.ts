import type { Pool } from 'pg';

/** Row counts of every table except sessions and the audit trail (logins write those). */
export async function rowCounts(pool: Pool) {
  const { rows: tables } = await pool.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('session', 'audit_event') order by 1",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const { rows } = await pool.query(`select count(*)::int as n from "${table_name}"`);
    counts[table_name] = rows[0].n;
  }
  return counts;
}
