import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type pg from 'pg';

/**
 * Logical backup of every table in the public schema as gzip JSON lines: one header line, then one line per
 * batch of rows. The same file restores into PGlite or PostgreSQL (the migrations come from the code).
 */
const BATCH = 2000;

interface TableInfo {
  name: string;
  orderBy: string;
}

async function listTables(pool: pg.Pool): Promise<TableInfo[]> {
  const { rows } = await pool.query<{ table_name: string; pk: string | null }>(`
    select t.table_name,
      (select string_agg(quote_ident(a.attname), ', ' order by array_position(i.indkey, a.attnum))
         from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = format('public.%I', t.table_name)::regclass and i.indisprimary) as pk
    from information_schema.tables t
    where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by t.table_name`);
  return rows.map((r) => ({ name: r.table_name, orderBy: r.pk ?? '1' }));
}

/** Per-table row count and an order-independent checksum of the rows' text (for verifying a restore). */
export async function tableChecksums(pool: pg.Pool) {
  const result: Record<string, { rows: number; checksum: string }> = {};
  for (const t of await listTables(pool)) {
    const { rows } = await pool.query<{ n: string; sum: string | null }>(
      `select count(*) as n, md5(coalesce(string_agg(md5(x::text), '' order by md5(x::text)), '')) as sum from public.${quote(t.name)} x`,
    );
    result[t.name] = { rows: Number(rows[0].n), checksum: rows[0].sum ?? '' };
  }
  return result;
}

const columnLists = new WeakMap<pg.PoolClient, Map<string, string>>();

/** The columns a restore writes: all but generated ones (the database computes those again from the others). */
async function storedColumns(client: pg.PoolClient, table: string) {
  const lists = columnLists.get(client) ?? new Map<string, string>();
  columnLists.set(client, lists);
  let list = lists.get(table);
  if (list === undefined) {
    const { rows } = await client.query<{ c: string }>(
      `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as c from information_schema.columns
        where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'`,
      [table],
    );
    list = rows[0].c;
    lists.set(table, list);
  }
  return list;
}

function quote(name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected table name ${name}`);
  return `"${name}"`;
}

/** Writes the backup file; returns rows per table. */
export async function backupDatabase(pool: pg.Pool, file: string) {
  const tables = await listTables(pool);
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const write = (line: unknown) =>
    new Promise<void>((resolve) => {
      if (gzip.write(`${JSON.stringify(line)}\n`)) resolve();
      else gzip.once('drain', resolve);
    });
  const { rows: migrations } = await pool.query<{ n: string }>(
    'select count(*) as n from drizzle.__drizzle_migrations',
  );
  await write({
    format: 'jixiao-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: Number(migrations[0].n),
    tables: tables.map((t) => t.name),
  });
  const counts: Record<string, number> = {};
  const client = await pool.connect();
  try {
    // One snapshot for the whole backup, so rows written meanwhile cannot make it inconsistent.
    await client.query('begin isolation level repeatable read read only');
    for (const t of tables) {
      counts[t.name] = 0;
      for (let offset = 0; ; offset += BATCH) {
        const { rows } = await client.query<{ r: unknown }>(
          `select row_to_json(x) as r from public.${quote(t.name)} x order by ${t.orderBy} limit ${BATCH} offset ${offset}`,
        );
        if (rows.length === 0) break;
        await write({ table: t.name, rows: rows.map((r) => r.r) });
        counts[t.name] += rows.length;
        if (rows.length < BATCH) break;
      }
    }
    await client.query('commit');
  } finally {
    client.release();
  }
  await new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
    gzip.end();
  });
  return counts;
}

/**
 * Restores a backup into a migrated, empty database in one transaction (all or nothing). Triggers are off
 * for the session (session_replication_role) so the audit chain is restored exactly as it was.
 */
export async function restoreDatabase(pool: pg.Pool, file: string) {
  const client = await pool.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    // Created right before iterating: readline drops lines emitted while nobody iterates yet.
    const lines = readline.createInterface({
      input: fs.createReadStream(file).pipe(zlib.createGunzip()),
      crlfDelay: Infinity,
    });
    let header: { format?: string; tables?: string[] } | null = null;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { format?: string; tables?: string[]; table?: string; rows?: unknown[] };
      if (!header) {
        if (item.format !== 'jixiao-backup') throw new Error('不是 Jixiao 备份文件');
        header = item;
        for (const table of item.tables ?? []) {
          const { rows } = await client.query<{ n: string }>(`select count(*) as n from public.${quote(table)}`);
          if (Number(rows[0].n) > 0) throw new Error(`目标数据库的表 ${table} 不为空，请恢复到新的空数据库`);
        }
        continue;
      }
      if (!item.table || !item.rows) continue;
      const columns = await storedColumns(client, item.table);
      await client.query(
        `insert into public.${quote(item.table)} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::public.${quote(item.table)}, $1::json)`,
        [JSON.stringify(item.rows)],
      );
      counts[item.table] = (counts[item.table] ?? 0) + item.rows.length;
    }
    // Identity sequences continue after the restored ids.
    const { rows: idents } = await client.query<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = 'public' and is_identity = 'YES'",
    );
    for (const c of idents) {
      await client.query(
        `select setval(pg_get_serial_sequence('public.${quote(c.table_name)}', '${c.column_name}'), coalesce((select max(${quote(c.column_name)}) from public.${quote(c.table_name)}), 0) + 1, false)`,
      );
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  return counts;
}
