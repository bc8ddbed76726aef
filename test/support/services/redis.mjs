// Redis for the scaled-mode suites. TEST_REDIS_URL names one to use (it must answer);
// "start" or an unreachable default starts a private redis-server (Debian's package,
// installed with apt-get when missing and we are root) that keeps nothing on disk.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import { aptInstall, canApt, freePort, Missing, say, waitUntil } from './system.mjs';

const DEFAULT_URL = 'redis://127.0.0.1:6379';
const REDIS_SERVER = '/usr/bin/redis-server';

export async function ensureRedis(env) {
  const requested = env.TEST_REDIS_URL;
  if (requested && requested !== 'start') {
    await probe(requested).catch((error) => {
      throw new Missing(
        `Redis at TEST_REDIS_URL=${requested.replace(/:[^:@/]*@/, ':***@')} does not answer (${error.message}). ` +
          'Start it, or set TEST_REDIS_URL=start (or unset it) to let the tests start their own.',
      );
    });
    say(`Redis: ${requested.replace(/:[^:@/]*@/, ':***@')}`);
    return { env: { TEST_REDIS_URL: requested }, stop: async () => {} };
  }
  if (
    !requested &&
    (await probe(DEFAULT_URL).then(
      () => true,
      () => false,
    ))
  ) {
    say(`Redis: ${DEFAULT_URL} (already running)`);
    return { env: { TEST_REDIS_URL: DEFAULT_URL }, stop: async () => {} };
  }
  return startPrivateRedis();
}

async function probe(url) {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause;
  redis.on('error', (error) => (cause = error));
  try {
    await redis.connect();
    if ((await redis.ping()) !== 'PONG') throw new Error('no PONG');
  } catch (error) {
    throw cause ?? error;
  } finally {
    redis.disconnect();
  }
}

async function startPrivateRedis() {
  if (!existsSync(REDIS_SERVER) && canApt) aptInstall('redis-server');
  if (!existsSync(REDIS_SERVER)) {
    throw new Missing(
      'The scaled-mode tests need Redis: none answers at 127.0.0.1:6379 and redis-server is not ' +
        'installed (run as root to install it, or "sudo apt-get install -y --no-install-recommends ' +
        'redis-server"), or set TEST_REDIS_URL to a server you have.',
    );
  }
  const port = await freePort();
  say(`Redis: starting a private redis-server on 127.0.0.1:${port}…`);
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      '/tmp',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitUntil(
      async () => {
        if (child.exitCode !== null) {
          throw Object.assign(new Error(`redis-server exited with ${child.exitCode}`), {
            fatal: true,
          });
        }
        await probe(url);
        return true;
      },
      15_000,
      'the private Redis',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: { TEST_REDIS_URL: url }, stop };
}
