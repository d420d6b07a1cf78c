/**
 * The embedded database process: PGlite behind pglite-socket, so that a slow query never blocks the
 * web server's event loop. Started by embedded.ts with an IPC channel; exits (closing PGlite cleanly)
 * when told to, or when the parent goes away.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: pglite-child <dataDir>');

const db = await PGlite.create(dataDir);
// Keep the WAL small: PGlite's default max_wal_size (1 GB) bloats the data directory. Applies on next open.
await db.query("ALTER SYSTEM SET max_wal_size = '96MB'");
await db.query("ALTER SYSTEM SET min_wal_size = '32MB'");
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
await server.start();
const port = Number(server.getServerConn().split(':').pop());

let closing = false;
async function shutdown(code: number) {
  if (closing) return;
  closing = true;
  try {
    await server.stop();
    await db.exec('CHECKPOINT');
    await db.close();
  } finally {
    process.exit(code);
  }
}

process.on('message', (msg) => {
  if (msg === 'stop') void shutdown(0);
});
process.on('disconnect', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGINT', () => void shutdown(0));
process.send?.({ ready: true, port });
