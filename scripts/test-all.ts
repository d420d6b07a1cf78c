/**
 * `npm test`: lint, typecheck, unit tests, API tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is
 * set), then the web build and browser e2e tests in Chromium. Prints one closing line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
let passed = 0;
let failed = 0;
const started = Date.now();
const timings: string[] = [];

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return res.status === 0;
}

/** Runs a vitest project and adds its counts from the JSON report. */
function vitest(label: string, project: string, env: NodeJS.ProcessEnv = {}) {
  const report = path.join(tmp, `vitest-${project}-${env.TEST_DRIVER ?? 'default'}.json`);
  fs.rmSync(report, { force: true });
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    env,
  );
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests + (ok ? 0 : r.numFailedTests === 0 ? 1 : 0);
  } else if (!ok) failed += 1;
  return ok;
}

function step(label: string, cmd: string, args: string[]) {
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

step('lint (biome)', 'npx', ['biome', 'check', '.']);
step('typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
vitest('unit tests', 'unit');
vitest('API tests on PGlite', 'api', { TEST_DRIVER: 'pglite' });
if (process.env.TEST_DATABASE_URL) vitest('API tests on PostgreSQL', 'api', { TEST_DRIVER: 'postgres' });
else console.log('\n(TEST_DATABASE_URL not set: API tests on PostgreSQL skipped)');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(
    `\n✗ e2e needs Chromium at ${chromium}: run "sudo apt-get install -y chromium fonts-noto-cjk" (.ci/run does this)`,
  );
  failed += 1;
} else {
  step('web build (vite)', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  vitest('e2e in Chromium', 'e2e');
}

console.log(`\nTimings: ${timings.join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
