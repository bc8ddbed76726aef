// Entry of a benchmarked server process: starts one kind of server on 127.0.0.1:0, tells the
// parent its URL over IPC, and answers memory probes (after a full GC) and event-loop delay
// windows until it is stopped.
import { getHeapSpaceStatistics } from 'node:v8';
import { watchLoopDelay, type LoopDelayWindow } from '../clients/loopDelay.js';

export interface StartedServer {
  url: string;
  /** Graceful stop: what the server does on SIGTERM. */
  stop(): Promise<void>;
}

// Each process loads only its own server's code, so its memory is that server's alone.
const starters: Record<string, (dataDir: string) => Promise<StartedServer>> = {
  floor: async () => (await import('./floorServer.js')).startFloorServer(),
  plenary: async (dir) => (await import('./plenaryServer.js')).startPlenaryServer(dir),
  hocuspocus: async (dir) => (await import('./hocuspocusServer.js')).startHocuspocusServer(dir),
  ywebsocket: async () => (await import('./yWebsocketServer.js')).startYWebsocketServer(),
};

export interface MemoryProbe {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** V8's code space (compiled code, which varies with what the JIT happened to compile). */
  codeSpace?: number;
}

function probeMemory(): MemoryProbe {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i += 1) gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const codeSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'code_space');
  return { rss, heapUsed, external, arrayBuffers, codeSpace: codeSpace?.space_used_size };
}

async function main(): Promise<void> {
  const kind = process.argv[2] ?? '';
  const start = starters[kind];
  if (!start || !process.send) throw new Error(`usage: launchServer <${Object.keys(starters)}>`);
  const server = await start(process.env.DATA_DIR ?? '');
  let loopDelay: LoopDelayWindow | undefined;
  process.on('message', (message: { type: string; id: number }) => {
    if (message.type === 'memory')
      process.send?.({ type: 'memory', id: message.id, ...probeMemory() });
    if (message.type === 'loopDelayStart') loopDelay = watchLoopDelay();
    if (message.type === 'loopDelayStop') {
      const measured = loopDelay?.stop();
      loopDelay = undefined;
      process.send?.({ type: 'loopDelayStop', id: message.id, ...measured });
    }
  });
  let stopping = false;
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // The parent going away must not leave a server behind.
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'listening', url: server.url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
