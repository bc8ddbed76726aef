// Plenary's idle memory as deployed: the built server as `plenary serve` starts it, listening,
// nothing open, without the benchmark launcher's IPC and loop-delay probes. Prints one JSON
// line with the RSS and heap after a full GC, in bytes. Run with --expose-gc.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
await new Promise((resolve) => setTimeout(resolve, 1_000));
for (let i = 0; i < 3; i += 1) globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ rss, heapUsed })}\n`);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
