// Entry of a process that times Plenary's DocumentLog.append, the step every update waits
// for before it is broadcast: real one-character Yjs updates appended one after another to
// a fresh SQLite file. Prints one JSON line: per-append latencies and the sustained rate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentLog, openSqliteDatabase } from '@plenary/storage';
import * as Y from 'yjs';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const durability = process.argv[3] === 'full' ? 'full' : 'normal';
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-append-'));
  const db = await openSqliteDatabase(dataDir, { durability });
  const log = new DocumentLog(db);
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('t');
  for (let i = 0; i < count; i += 1) text.insert(text.length, 'x');
  const latencies: number[] = [];
  const started = performance.now();
  for (const update of updates) {
    const t0 = performance.now();
    await log.append('bench-statement', update);
    latencies.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  await db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(
    `${JSON.stringify({ durability, latencies, perSecond: (1000 * count) / elapsed })}\n`,
  );
}

void main();
