import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Starts the real server (embedded PGlite, fresh data dir, demo district) once for the e2e run. */
let server: ChildProcess | null = null;
const root = path.join(import.meta.dirname, '..');
export const E2E_PASSWORD = 'E2e#Jixiao2025';

export async function setup() {
  // A free port and a private data dir per run, so several runs on one machine never collide.
  const port = await freePort();
  process.env.E2E_PORT = String(port);
  const dataDir = path.join(root, `.tmp/e2e-data-${process.pid}`);
  process.env.E2E_DATA_DIR = dataDir;
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (!fs.existsSync(path.join(root, 'web/dist/index.html')))
    throw new Error('web/dist missing: run npm run build:web first');
  server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/serve.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      JIXIAO_DATA_DIR: dataDir,
      JIXIAO_DEMO_PASSWORD: E2E_PASSWORD,
      DATABASE_URL: '',
      // every spec signs in from 127.0.0.1; the per-IP login limit is proven in server/test/security
      JIXIAO_LOGIN_RATE_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    server?.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('已启动')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server?.once('exit', (code) => reject(new Error(`server exited ${code}:\n${output}`)));
  });
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (process.env.E2E_DATA_DIR) fs.rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });
}

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
