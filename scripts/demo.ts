/**
 * `npm run demo -- --scale district|city|province [--seed N]`: loads the demo district if missing, then generates
 * synthetic regions with set-based SQL into the configured database (DATABASE_URL, else embedded under JIXIAO_DATA_DIR).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { ensureDemo } from '../server/demo/index';
import { generateScale, SCALES, type ScaleName } from '../server/demo/scale/generate';
import { hashPassword } from '../server/platform/auth/password';
import { runMigrations } from '../server/platform/db/client';
import { openDatabase } from '../server/platform/db/open';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'district' }, seed: { type: 'string', default: '1' } },
});
const scale = values.scale as ScaleName;
if (!(scale in SCALES)) {
  console.error(`未知规模 ${values.scale}，可选：${Object.keys(SCALES).join(' | ')}`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error('--seed 必须是整数');
  process.exit(2);
}
const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: config.dataDir });
try {
  await runMigrations(database.db);
  const demo = await ensureDemo(database.db, config.dataDir);
  const password = demo?.password ?? process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao#Scale2025';
  console.log(`生成规模 ${scale}（种子 ${seed}，数据库 ${database.driver}）`);
  const report = await generateScale(database.db, {
    spec: SCALES[scale],
    seed,
    passwordHash: await hashPassword(password),
    log: (line) => console.log(line),
  });
  if (!report.skipped) console.log(`模拟地区财政账号：f${report.codes[0]} 等，密码同演示账号（${password}）`);
} finally {
  await database.close();
}
