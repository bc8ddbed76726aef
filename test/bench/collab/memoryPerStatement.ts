// Heap per open statement, deterministically: one server process, N statements opened by one
// benchmark editor each, then by a second (as scenario 2 opens them, with no typing), the
// server's heap read after a full GC at each step. Optionally writes a heap snapshot at each
// step (`--snapshots`) for `heapDiff.ts`. Not a benchmark: no timings, so a busy machine does
// not change what it reports.
//   pnpm bench:memory [plenary|ywebsocket|hocuspocus] [N = 2000] [--snapshots]
// Snapshots go to SNAPSHOT_DIR (/tmp/memsnap); compare them by retainer in Chrome DevTools or
// any heap snapshot reader.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { ServerKind } from './benchOptions.js';
import { ClientPool } from './clients/ClientPool.js';
import type { EditorPlan } from './clients/workerProtocol.js';
import { prepareRooms } from './servers/benchRooms.js';
import type { MemoryProbe } from './servers/launchServer.js';
import { removeServerData, ServerProcess } from './servers/ServerProcess.js';

const kind = (process.argv[2] ?? 'plenary') as ServerKind;
const count = Number(process.argv[3] ?? 2000);
const snapshots = process.argv.includes('--snapshots');
const snapshotDir = process.env.SNAPSHOT_DIR ?? '/tmp/memsnap';
const settleMs = Number(process.env.SETTLE_MS ?? 1000);

// Compiled code is left out: how much the JIT compiles in a run is not the statements' cost.
const heap = (probe: MemoryProbe): number =>
  probe.heapUsed + probe.external - (probe.codeSpace ?? 0);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function snapshot(server: ServerProcess, label: string): Promise<void> {
  if (!snapshots) return;
  const before = new Set(readdirSync(snapshotDir));
  process.kill(server.pid, 'SIGUSR2');
  for (;;) {
    await sleep(500);
    const added = readdirSync(snapshotDir).filter((name) => !before.has(name));
    const file = added[0];
    if (!file) continue;
    const size = statSync(`${snapshotDir}/${file}`).size;
    await sleep(1500);
    if (statSync(`${snapshotDir}/${file}`).size === size && size > 0) {
      console.log(`snapshot ${label}: ${snapshotDir}/${file}`);
      return;
    }
  }
}

async function main(): Promise<void> {
  if (!existsSync(snapshotDir)) mkdirSync(snapshotDir, { recursive: true });
  const server = await ServerProcess.start(kind, {
    pin: false,
    nodeFlags: snapshots
      ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`]
      : [],
  });
  const pool = ClientPool.start(1, false, process.hrtime.bigint());
  try {
    const rooms = await prepareRooms(kind, server.url, count);
    const target = { kind, url: server.url, cookie: rooms.cookie };
    const plans: EditorPlan[] = rooms.names.map((room, i) => ({
      room,
      roomIndex: i,
      typist: false,
      full: true,
    }));
    await sleep(settleMs);
    const before = await server.memory();
    await snapshot(server, 'before');
    const first = await pool.connect(target, plans, { concurrency: 16 });
    await sleep(settleMs);
    const one = await server.memory();
    await snapshot(server, 'one');
    const second = await pool.connect(target, plans, { concurrency: 16 });
    await sleep(settleMs);
    const two = await server.memory();
    await snapshot(server, 'two');
    if (first.failed + second.failed > 0) throw new Error(first.firstError ?? second.firstError);
    const kib = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KiB`;
    const perConnection = (heap(two) - heap(one)) / count;
    const withOne = (heap(one) - heap(before)) / count;
    console.log(
      JSON.stringify({
        kind,
        count,
        perOpenStatement: kib((heap(two) - heap(before)) / count),
        perStatement: kib(withOne - perConnection),
        perConnection: kib(perConnection),
        bytes: {
          perOpenStatement: Math.round((heap(two) - heap(before)) / count),
          perStatement: Math.round(withOne - perConnection),
          perConnection: Math.round(perConnection),
        },
      }),
    );
  } finally {
    await pool.close();
    await server.stop();
    removeServerData();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
