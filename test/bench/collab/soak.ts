// `pnpm soak`: an hour of editors joining and leaving 1,000 statements on one Plenary server,
// its memory sampled (after a full GC) every 30 s. Passes when RSS stays flat: every sample
// after the warm-up within ±10 % of their median. Flags: --minutes, --statements, --editors
// (at once), --sample-seconds, --seed.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDocument } from './clients/openDocument.js';
import { prepareRooms } from './servers/benchRooms.js';
import { removeServerData, ServerProcess } from './servers/ServerProcess.js';
import { median } from './report/spread.js';

const flag = (name: string, fallback: number): number => {
  const value = Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const minutes = flag('minutes', 60);
const statements = flag('statements', 1_000);
const editors = flag('editors', 40);
const sampleMs = flag('sample-seconds', 30) * 1000;
let seed = flag('seed', 20_260_420);
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const log = (line: string): void => console.log(`[soak] ${line}`);
// Each stock provider adds a process 'exit' listener; the soak holds dozens at once.
process.setMaxListeners(0);

interface Sample {
  minute: number;
  rssMiB: number;
  heapMiB: number;
  sessions: number;
}

async function editorSession(
  url: string,
  room: string,
  cookie: string | undefined,
  until: number,
): Promise<void> {
  const client = openDocument('plenary', url, room, cookie);
  try {
    await client.synced;
    const text = client.doc.getText('soak');
    const keystrokes = 5 + Math.floor(random() * 30);
    for (let i = 0; i < keystrokes && Date.now() < until; i += 1) {
      text.insert(Math.floor(random() * (text.length + 1)), 'abcdefghij'[i % 10]!);
      if (text.length > TEXT_CAP) text.delete(0, 100);
      await new Promise((resolve) => setTimeout(resolve, 100 + random() * 300));
    }
  } finally {
    client.destroy();
  }
}

const TEXT_CAP = 400;

/** Each statement starts at the text cap, so the documents' live text does not grow during the
 * soak (Yjs's record of deleted characters still does, slowly: it is the documents' history). */
async function fillToCap(url: string, names: readonly string[], cookie?: string): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < names.length; i = next++) {
      const client = openDocument('plenary', url, names[i]!, cookie);
      try {
        await client.synced;
        client.doc.getText('soak').insert(0, 'abcdefghij'.repeat(TEXT_CAP / 10));
      } finally {
        client.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function main(): Promise<void> {
  log(`${minutes} min, ${statements} statements, ${editors} editors at once, seed ${seed}`);
  const server = await ServerProcess.start('plenary', {
    pin: false,
    nice: 0,
    env: { UNLOAD_AFTER_MS: '5000' },
  });
  const samples: Sample[] = [];
  let sessions = 0;
  try {
    const rooms = await prepareRooms('plenary', server.url, statements);
    await fillToCap(server.url, rooms.names, rooms.cookie);
    const started = Date.now();
    const end = started + minutes * 60_000;
    const lanes = Array.from({ length: editors }, async () => {
      while (Date.now() < end) {
        const room = rooms.names[Math.floor(random() * rooms.names.length)]!;
        await editorSession(server.url, room, rooms.cookie, end).catch((error: unknown) =>
          log(`session failed: ${String(error)}`),
        );
        sessions += 1;
      }
    });
    const sampler = (async () => {
      while (Date.now() < end) {
        const memory = await server.memory();
        const sample = {
          minute: (Date.now() - started) / 60_000,
          rssMiB: memory.rss / 2 ** 20,
          heapMiB: (memory.heapUsed + memory.external) / 2 ** 20,
          sessions,
        };
        samples.push(sample);
        log(
          `${sample.minute.toFixed(1)} min: RSS ${sample.rssMiB.toFixed(0)} MiB, heap ${sample.heapMiB.toFixed(0)} MiB, ${sessions} sessions`,
        );
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(sampleMs, Math.max(0, end - Date.now()))),
        );
      }
    })();
    await Promise.all([...lanes, sampler]);
  } finally {
    await server.stop();
    removeServerData();
  }
  // The first sixth of the run is warm-up: caches and the JIT settle.
  const steady = samples.filter((s) => s.minute >= minutes / 6);
  const mid = median(steady.map((s) => s.rssMiB));
  const worst = Math.max(...steady.map((s) => Math.abs(s.rssMiB - mid) / mid));
  const flat = worst <= 0.1;
  const file = join(tmpdir(), 'plenary-soak.json');
  writeFileSync(
    file,
    JSON.stringify(
      { minutes, statements, editors, samples, medianRssMiB: mid, worstDeviation: worst, flat },
      null,
      1,
    ),
  );
  log(
    `${sessions} editor sessions; RSS median ${mid.toFixed(0)} MiB after warm-up, worst deviation ${(100 * worst).toFixed(1)} %: ${flat ? 'flat (within ±10 %)' : 'NOT flat'}; samples in ${file}`,
  );
  process.exit(flat ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
