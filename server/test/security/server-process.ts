import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { sessionCookie } from '../app';
import { TEST_PASSWORD } from '../db';

/** The real server as a child process (node --import tsx scripts/serve.ts), for crash tests. */
const root = path.join(import.meta.dirname, '../../..');

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  /** pid of the server's embedded PGlite child process, if any (tsx's esbuild helper is not counted). */
  children(): number[];
  login(username: string): Promise<string>;
  /** Resolves when `text` appears in the server's output after this call. */
  waitForOutput(text: string, ms: number): Promise<void>;
}

export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function waitUntil(cond: () => boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timeout: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startServer(env: {
  dataDir: string;
  databaseUrl?: string;
  logLevel?: string;
  /** How long start-up (migrations and the first-run demo seed) may take; 60 s by default. */
  startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      JIXIAO_DATA_DIR: env.dataDir,
      JIXIAO_DEMO_PASSWORD: TEST_PASSWORD,
      DATABASE_URL: env.databaseUrl ?? '',
      JIXIAO_LOG_LEVEL: env.logLevel ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), env.startTimeoutMs ?? 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('已启动')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    waitForOutput(text, ms) {
      const from = output.length;
      return waitUntil(() => output.indexOf(text, from) >= 0, ms, `server output "${text}"`);
    },
    proc,
    url,
    children: () => {
      try {
        return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(proc.pid)], { encoding: 'utf8' })
          .split('\n')
          .filter((line) => line.includes('pglite-child'))
          .map((line) => Number.parseInt(line.trim(), 10))
          .filter((n) => n > 0);
      } catch {
        return [];
      }
    },
    async login(username) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: TEST_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return sessionCookie(res.headers.getSetCookie());
    },
  };
}

/** Stops a server started here gracefully (SIGTERM) and waits for it to exit. */
export async function stopServer(s: ServerProcess) {
  if (s.proc.exitCode !== null || s.proc.signalCode !== null) return;
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  await exited;
}
