import { buildApp } from './app';
import { loadConfig } from './config';
import { ensureDemo } from './demo/index';
import { jobHandlers } from './modules/job-handlers';
import { runMigrations } from './platform/db/client';
import { openDatabase } from './platform/db/open';
import { startJobRunner } from './platform/jobs/index';
import { startMaintenance } from './platform/maintenance';

/** Starts the product: database (embedded or server), migrations, demo data on first run, HTTP. */
export async function main() {
  const t0 = Date.now();
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onCrash: () => {
      console.error('嵌入式数据库进程意外退出，服务停止（数据目录保持一致，重新启动即可）');
      process.exit(1);
    },
  });
  await runMigrations(database.db);
  const demo = await ensureDemo(database.db, config.dataDir);
  const app = await buildApp({ database, config, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const stopMaintenance = startMaintenance(database.db, config.maintenanceMinutes, (msg) => app.log.warn(msg));
  const stopJobs =
    config.jobConcurrency > 0
      ? startJobRunner(database, {
          handlers: jobHandlers,
          concurrency: config.jobConcurrency,
          log: (msg) => app.log.error(msg),
        })
      : async () => {};

  const url = `http://localhost:${config.port}`;
  console.log(
    `\n绩效 Jixiao 已启动：${url}  （数据库：${database.driver === 'pglite' ? `嵌入式 PGlite，${config.dataDir}` : 'PostgreSQL'}，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒）`,
  );
  console.log(`接口文档：${url}/api/docs`);
  if (demo) {
    console.log(`\n演示账号（${demo.regionName}，密码均为：${demo.password}）：`);
    for (const a of demo.accounts) console.log(`  ${a.username.padEnd(12)} ${a.label}`);
  }
  console.log('');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopMaintenance();
    await app.close();
    await stopJobs();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
