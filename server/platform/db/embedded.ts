import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  port: number;
  stop(): Promise<void>;
  child: ChildProcess;
}

const childScript = path.join(import.meta.dirname, 'pglite-child.ts');

/** Refuses a second server on the same data directory (PGlite is single-writer). */
function takeLock(dataDir: string) {
  const lockFile = path.join(dataDir, 'jixiao.lock');
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`数据目录 ${dataDir} 正被进程 ${pid} 使用，请先停止该进程`);
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

/** Starts PGlite in its own process on a free loopback port and waits until it accepts connections. */
export async function startEmbeddedDatabase(dataDir: string, onCrash?: (code: number | null) => void) {
  fs.mkdirSync(dataDir, { recursive: true });
  const pgDir = path.join(dataDir, 'pg');
  const releaseLock = takeLock(dataDir);
  const child = fork(childScript, [pgDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('嵌入式数据库启动超时')), 180_000);
    child.once('message', (msg: { ready?: boolean; port?: number }) => {
      clearTimeout(timer);
      if (msg.ready && msg.port) resolve(msg.port);
      else reject(new Error('嵌入式数据库启动失败'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`嵌入式数据库进程退出 (code ${code})`));
    });
  });
  child.on('exit', (code) => {
    releaseLock();
    if (!stopping) onCrash?.(code);
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      stopping = true;
      child.once('exit', () => resolve());
      child.send('stop');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
  return { port, stop, child } satisfies EmbeddedDatabase;
}
