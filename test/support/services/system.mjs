// What the test runner may do on this machine: find a free port, run a command, install a
// Debian package (only as root with apt-get, never recommended packages).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const isRoot = process.getuid?.() === 0;
export const canApt = isRoot && existsSync('/usr/bin/apt-get');

/** Says what the runner is doing, on stderr so it never mixes with a reporter's output. */
export function say(message) {
  process.stderr.write(`[test runner] ${message}\n`);
}

/** A test prerequisite that could not be provided: the message says what to do. */
export class Missing extends Error {}

let aptUpdated = false;

/** Installs Debian packages without their recommends (chromium alone pulls ~400 MB more). */
export function aptInstall(...packages) {
  if (!canApt) throw new Missing(`cannot install ${packages.join(', ')}: not root or no apt-get`);
  say(`installing Debian package(s) ${packages.join(', ')} (apt-get, no recommends)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${output}`,
    );
  }
  return result.stdout;
}

/** Polls `check` until it returns true or `ms` pass; an error with `fatal` ends it at once. */
export async function waitUntil(check, ms, what) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error?.fatal) throw error;
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${what} did not become ready within ${ms / 1000} s${last ? `: ${last.message}` : ''}`,
  );
}
