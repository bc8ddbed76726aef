// The test command (`pnpm test`): makes sure Chromium, PostgreSQL and Redis are there —
// using the ones named by CHROMIUM_PATH / TEST_DATABASE_URL / TEST_REDIS_URL, the local
// defaults, or private ones it starts (see docs/running.md) — builds, runs every suite,
// and stops what it started. Arguments are passed to vitest (e.g. a test file).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './services/chromium.mjs';
import { ensurePostgres } from './services/postgres.mjs';
import { ensureRedis } from './services/redis.mjs';
import { Missing, say } from './services/system.mjs';

const started = [];
const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = [
  process.execPath,
  fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url)),
];
// Under "npx pnpm@10 test" the pnpm that runs this script may not be on PATH.
const execPath = process.env.npm_execpath;
const pnpm = execPath?.match(/\.[cm]?js$/) ? [process.execPath, execPath] : [execPath ?? 'pnpm'];

async function main() {
  const env = { ...process.env };
  // Plain logs in files and CI: no colour codes unless a terminal shows them (or asked).
  if (!process.stdout.isTTY && env.FORCE_COLOR === undefined) env.NO_COLOR = '1';
  for (const ensure of [ensureChromium, ensurePostgres, ensureRedis]) {
    const service = await ensure(env);
    started.push(service);
    Object.assign(env, service.env);
  }
  let status = await exec(pnpm, ['build'], env);
  if (status === 0) {
    status = await exec(
      vitest,
      [
        'run',
        '--config',
        'test/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/vitest.json',
        ...process.argv.slice(2),
      ],
      env,
    );
  }
  return status;
}

/** Runs a command with the console attached; resolves with its exit code. */
function exec([command, ...prefix], args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { cwd: root, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
  });
}

async function stopAll() {
  for (const service of started.reverse()) {
    await service.stop().catch((error) => say(`could not stop a service: ${error.message}`));
  }
}

main()
  .then(async (status) => {
    await stopAll();
    process.exitCode = status;
  })
  .catch(async (error) => {
    await stopAll();
    if (error instanceof Missing) say(`cannot run the tests: ${error.message}`);
    else say(`the test runner failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  });
