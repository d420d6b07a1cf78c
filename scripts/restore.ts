/** `npm run restore -- <file>`: restores a backup into the configured database, which must be new and empty. */
import path from 'node:path';
import { loadConfig } from '../server/config';
import { restoreDatabase } from '../server/platform/db/backup';
import { runMigrations } from '../server/platform/db/client';
import { openDatabase } from '../server/platform/db/open';

const fileArg = process.argv[2];
if (!fileArg) {
  console.error('用法：npm run restore -- <备份文件>');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await runMigrations(database.db);
  const counts = await restoreDatabase(database.pool, path.resolve(fileArg));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`恢复完成：${Object.keys(counts).length} 张表，${total} 行`);
} finally {
  await database.close();
}
