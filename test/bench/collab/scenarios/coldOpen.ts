// Scenario 3: how long a new client waits for a large statement (sample 002 typed word by
// word, ≈30 pages). Warm: the document is in the server's memory. Cold: a restarted server
// loads it from its store, either after kill -9 (Plenary's log as its background compaction
// left it: a snapshot and the updates since) or after a graceful stop (which compacts;
// Hocuspocus always stores one snapshot). y-websocket keeps documents in memory only.
// Also: what the open statement costs the server in memory, on this real statement.
import * as Y from 'yjs';
import type { BenchOptions, ServerKind } from '../benchOptions.js';
import { bodyLength, openDocument } from '../clients/openDocument.js';
import { distribution, type Distribution } from '../report/stats.js';
import { prepareRooms } from '../servers/benchRooms.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { typeTrace } from './typingTrace.js';
import { waitFor, within } from '../../../support/waitFor.js';

export interface ColdOpenRow {
  server: ServerKind;
  updates: number;
  chars: number;
  snapshotBytes: number;
  warm: Distribution;
  /** Server memory for the open statement with its one idle editor (after a full GC), bytes. */
  statementHeap?: number;
  statementRss?: number;
  /** After kill -9. */
  coldLog?: Distribution;
  coldSnapshot?: Distribution;
  error?: string;
}

async function timeOpen(
  server: ServerProcess,
  room: string,
  chars: number,
  cookie?: string,
): Promise<number> {
  const started = performance.now();
  const client = openDocument(server.kind, server.url, room, cookie);
  try {
    await within(120_000, client.synced, 'open');
    if (bodyLength(client.doc) !== chars)
      throw new Error(`opened ${bodyLength(client.doc)} of ${chars} chars`);
    return performance.now() - started;
  } finally {
    client.destroy();
  }
}

/** Opens the document `repeats` times, each from a freshly started server (so from the store). */
async function coldOpens(
  kind: ServerKind,
  dataDir: string,
  room: string,
  chars: number,
  options: BenchOptions,
  cookie?: string,
): Promise<Distribution> {
  const times: number[] = [];
  for (let i = 0; i < options.coldOpenRepeats; i += 1) {
    const server = await ServerProcess.start(kind, {
      pin: options.pin,
      nice: options.nice,
      dataDir,
    });
    try {
      times.push(await timeOpen(server, room, chars, cookie));
    } finally {
      await server.crash();
    }
  }
  return distribution(times);
}

export async function runColdOpen(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<ColdOpenRow[]> {
  const rows: ColdOpenRow[] = [];
  for (const kind of options.servers.filter((k) => k !== 'floor')) {
    let server = await ServerProcess.start(kind, { pin: options.pin, nice: options.nice });
    try {
      const rooms = await prepareRooms(kind, server.url, 1);
      const room = rooms.names[0] ?? '';
      const empty = await server.memory();
      const writer = openDocument(kind, server.url, room, rooms.cookie);
      await within(30_000, writer.synced, 'writer sync');
      const updates = await typeTrace(writer.doc, options.coldOpenChars);
      const chars = bodyLength(writer.doc);
      const snapshotBytes = Y.encodeStateAsUpdate(writer.doc).length;
      // Everything is stored (Plenary) or applied (others) once a second client sees it all.
      await waitFor(
        async () => {
          const check = openDocument(kind, server.url, room, rooms.cookie);
          try {
            await within(120_000, check.synced, 'check sync');
            return bodyLength(check.doc) === chars;
          } finally {
            check.destroy();
          }
        },
        { timeoutMs: 120_000, intervalMs: 200, what: `the server to hold all ${chars} chars` },
      );
      const open = await server.memory();
      writer.destroy();
      const warm = distribution(
        await sequential(options.coldOpenRepeats, () =>
          timeOpen(server, room, chars, rooms.cookie),
        ),
      );
      const row: ColdOpenRow = {
        server: kind,
        updates,
        chars,
        snapshotBytes,
        warm,
        statementHeap: open.heapUsed + open.external - (empty.heapUsed + empty.external),
        statementRss: open.rss - empty.rss,
      };
      if (kind === 'plenary') {
        await server.crash();
        row.coldLog = await coldOpens(kind, server.dataDir, room, chars, options, rooms.cookie);
        // A graceful stop compacts the log into one snapshot.
        server = await ServerProcess.start(kind, {
          pin: options.pin,
          nice: options.nice,
          dataDir: server.dataDir,
        });
        await timeOpen(server, room, chars, rooms.cookie);
      }
      if (kind !== 'ywebsocket') {
        await server.stop();
        row.coldSnapshot = await coldOpens(
          kind,
          server.dataDir,
          room,
          chars,
          options,
          rooms.cookie,
        );
      }
      rows.push(row);
      progress(
        `cold open ${kind}: ${updates} updates, ${chars} chars; warm p50 ${row.warm.p50.toFixed(0)} ms, log p50 ${row.coldLog?.p50.toFixed(0) ?? '-'} ms, snapshot p50 ${row.coldSnapshot?.p50.toFixed(0) ?? '-'} ms`,
      );
    } catch (error) {
      rows.push({
        server: kind,
        updates: 0,
        chars: 0,
        snapshotBytes: 0,
        warm: distribution([]),
        error: String(error),
      });
      progress(`cold open ${kind}: failed: ${String(error)}`);
    } finally {
      await server.stop();
    }
  }
  return rows;
}

async function sequential<T>(count: number, task: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i += 1) results.push(await task());
  return results;
}
