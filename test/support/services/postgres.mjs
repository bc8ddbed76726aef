// PostgreSQL for the scaled-mode suites. TEST_DATABASE_URL names one to use (it must answer);
// "start" or an unreachable default starts a private throw-away cluster from Debian's
// postgresql package (installed with apt-get when missing and we are root).
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { aptInstall, canApt, freePort, isRoot, Missing, run, say, waitUntil } from './system.mjs';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

export async function ensurePostgres(env) {
  const requested = env.TEST_DATABASE_URL;
  if (requested && requested !== 'start') {
    await probe(requested).catch((error) => {
      throw new Missing(
        `PostgreSQL at TEST_DATABASE_URL=${redact(requested)} does not answer (${error.message}). ` +
          'Start it, or set TEST_DATABASE_URL=start (or unset it) to let the tests start their own.',
      );
    });
    say(`PostgreSQL: ${redact(requested)}`);
    return { env: { TEST_DATABASE_URL: requested }, stop: async () => {} };
  }
  if (
    !requested &&
    (await probe(DEFAULT_URL).then(
      () => true,
      () => false,
    ))
  ) {
    say(`PostgreSQL: ${DEFAULT_URL} (already running)`);
    return { env: { TEST_DATABASE_URL: DEFAULT_URL }, stop: async () => {} };
  }
  return startPrivateCluster();
}

async function probe(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

function binDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((v) => join(root, v, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')));
  return found ?? null;
}

async function startPrivateCluster() {
  let bin = binDir();
  if (!bin && canApt) {
    aptInstall('postgresql');
    bin = binDir();
  }
  if (!bin) {
    throw new Missing(
      "The scaled-mode tests need PostgreSQL: none answers at 127.0.0.1:5432 and Debian's postgresql " +
        'package is not installed (run as root to install it, or "sudo apt-get install -y ' +
        '--no-install-recommends postgresql"), or set TEST_DATABASE_URL to a server you have.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'plenary-test-pg-'));
  // initdb refuses to run as root: the cluster belongs to Debian's postgres user.
  const as = (command, args) =>
    isRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), args);
  if (isRoot)
    chownSync(
      dir,
      Number(run('id', ['-u', 'postgres']).trim()),
      Number(run('id', ['-g', 'postgres']).trim()),
    );
  const port = await freePort();
  say(`PostgreSQL: starting a private cluster on 127.0.0.1:${port} (${dir})…`);
  as('initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  as('pg_ctl', ['-D', dir, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
  const stop = async () => {
    try {
      as('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitUntil(() => probe(admin).then(() => true), 30_000, 'the private PostgreSQL');
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query('CREATE DATABASE test');
    await client.end();
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: { TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test` }, stop };
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
