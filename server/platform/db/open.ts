import { connect, type Database } from './client';
import { startEmbeddedDatabase } from './embedded';

/** DATABASE_URL → PostgreSQL server; otherwise the embedded PGlite process under dataDir. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; onCrash?: () => void }) {
  if (opts.databaseUrl) return connect(opts.databaseUrl, 'postgres');
  const embedded = await startEmbeddedDatabase(opts.dataDir, opts.onCrash);
  return connect(`postgres://postgres@127.0.0.1:${embedded.port}/postgres`, 'pglite', embedded.stop) as Database;
}
