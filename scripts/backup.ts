/** `npm run backup -- [file]`: logical backup of the configured database (embedded or DATABASE_URL). */
import path from 'node:path';
import { loadConfig } from '../server/config';
import { backupDatabase } from '../server/platform/db/backup';
import { openDatabase } from '../server/platform/db/open';

const config = loadConfig();
const file = path.resolve(
  process.argv[2] ?? `jixiao-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.jsonl.gz`,
);
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const counts = await backupDatabase(database.pool, file);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`备份完成：${file}（${Object.keys(counts).length} 张表，${total} 行）`);
} finally {
  await database.close();
}
