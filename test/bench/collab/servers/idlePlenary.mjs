// Plenary's idle memory as deployed: the built server as `plenary serve` starts it, listening,
// nothing open, without the benchmark launcher's IPC and loop-delay probes, and no collection
// forced from outside. Prints one JSON line, in bytes: `startedRss` one second after it listens,
// `rss` and `heapUsed` at rest, once the server's own idle collection has run and settled (IdleCollector,
// `IDLE_COLLECT_AFTER_MS` of rest, 30 s by default) and a second more has passed, `restMs` how
// long after listening that was, and `collected` whether the idle collection ran at all (if not,
// `rss` is read after 90 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const REST_TIMEOUT_MS = 90_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = mkdtempSync(join(tmpdir(), 'bench-idle-'));
const { loadConfig, PlenaryServer } = await import('@plenary/server');
const server = await PlenaryServer.create(
  loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  }),
);
await server.listen();
const listening = performance.now();
await sleep(1_000);
const startedRss = process.memoryUsage.rss();
while (!server.idleCollector?.settled && performance.now() - listening < REST_TIMEOUT_MS)
  await sleep(250);
const collected = (server.idleCollector?.collections ?? 0) > 0;
if (collected) await sleep(1_000);
const { rss, heapUsed } = process.memoryUsage();
const restMs = Math.round(performance.now() - listening);
process.stdout.write(`${JSON.stringify({ startedRss, rss, heapUsed, restMs, collected })}\n`);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
