// Scenario 4: what append-before-broadcast costs. (a) Plenary's DocumentLog.append alone, in
// its own process, at both durability settings: the latency every update waits before it is
// broadcast, and the rate the store sustains. (b) End to end, for every server: one client
// sends a burst of one-character updates as fast as it can, another waits for all of them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { placement, repoRoot, type BenchOptions, type ServerKind } from '../benchOptions.js';
import { openDocument } from '../clients/openDocument.js';
import { distribution, type Distribution } from '../report/stats.js';
import { prepareRooms } from '../servers/benchRooms.js';
import { ServerProcess } from '../servers/ServerProcess.js';

export interface AppendRow {
  durability: 'normal' | 'full';
  latency: Distribution;
  perSecond: number;
}

export interface BurstRow {
  server: ServerKind;
  updates: number;
  /** Updates per second from the first sent to the last received. */
  perSecond: number;
  error?: string;
}

export interface PersistenceResult {
  append: AppendRow[];
  burst: BurstRow[];
}

function appendBench(
  count: number,
  durability: 'normal' | 'full',
  pin: boolean,
  nice: number,
): Promise<AppendRow> {
  const args = [
    process.execPath,
    '--import',
    'tsx',
    join(repoRoot, 'test/bench/collab/servers/appendBench.ts'),
    String(count),
    durability,
  ];
  const command = [...placement({ pin, nice }, 0), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command[0] ?? '', command.slice(1), {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`append bench exited ${code}`));
      const result = JSON.parse(out) as { latencies: number[]; perSecond: number };
      resolve({ durability, latency: distribution(result.latencies), perSecond: result.perSecond });
    });
  });
}

async function burst(
  kind: ServerKind,
  count: number,
  pin: boolean,
  nice: number,
): Promise<BurstRow> {
  const server = await ServerProcess.start(kind, { pin, nice });
  try {
    const rooms = await prepareRooms(kind, server.url, 1);
    const room = rooms.names[0] ?? '';
    const writer = openDocument(kind, server.url, room, rooms.cookie);
    const reader = openDocument(kind, server.url, room, rooms.cookie);
    await Promise.all([writer.synced, reader.synced]);
    const text = writer.doc.getText('burst');
    const received = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('burst did not arrive within 120 s')),
        120_000,
      );
      reader.doc.on('update', () => {
        if (reader.doc.getText('burst').length < count) return;
        clearTimeout(timer);
        resolve(performance.now());
      });
    });
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      text.insert(text.length, 'x');
      if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
    }
    const done = await received;
    writer.destroy();
    reader.destroy();
    return { server: kind, updates: count, perSecond: (1000 * count) / (done - started) };
  } catch (error) {
    return { server: kind, updates: count, perSecond: 0, error: String(error) };
  } finally {
    await server.stop();
  }
}

export async function runPersistence(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<PersistenceResult> {
  const append: AppendRow[] = [];
  for (const durability of ['normal', 'full'] as const) {
    const row = await appendBench(
      options.persistenceUpdates,
      durability,
      options.pin,
      options.nice,
    );
    append.push(row);
    progress(
      `append (${durability}): p50 ${row.latency.p50.toFixed(3)} ms, p99 ${row.latency.p99.toFixed(3)} ms, ${row.perSecond.toFixed(0)}/s`,
    );
  }
  const burstRows: BurstRow[] = [];
  for (const kind of options.servers.filter((k) => k !== 'floor')) {
    const row = await burst(kind, options.persistenceUpdates, options.pin, options.nice);
    burstRows.push(row);
    progress(
      `burst ${kind}: ${row.perSecond.toFixed(0)} updates/s${row.error ? ` (${row.error})` : ''}`,
    );
  }
  return { append, burst: burstRows };
}
