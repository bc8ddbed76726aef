// The --cpu-prof pass: Plenary under scenario 1's load at one N, with V8's sampling profiler
// on in the server process; the profile is summarized by function and by package.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from '../benchOptions.js';
import type { BenchClock } from '../clients/ArrivalLog.js';
import { ClientPool } from '../clients/ClientPool.js';
import { summarizeProfile, type ProfileSummary } from '../report/cpuProfile.js';
import { prepareRooms } from '../servers/benchRooms.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { typingRound, type RoundResult } from './typingRound.js';

export interface ProfileResult {
  editors: number;
  round: RoundResult;
  summary: ProfileSummary;
  file: string;
}

export async function runProfile(
  options: BenchOptions,
  clock: BenchClock,
  clockBase: bigint,
  editors: number,
): Promise<ProfileResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const server = await ServerProcess.start('plenary', {
    pin: options.pin,
    nice: options.nice,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  const pool = ClientPool.start(
    Math.min(options.clientProcesses, editors),
    options.pin,
    clockBase,
    options.nice,
  );
  let round: RoundResult;
  try {
    const rooms = await prepareRooms('plenary', server.url, 1);
    const room = rooms.names[0] ?? '';
    await pool.connect(
      { kind: 'plenary', url: server.url, cookie: rooms.cookie },
      Array.from({ length: editors }, (_, i) => ({
        room,
        roomIndex: 0,
        typist: true,
        full: i < options.fullEditors,
      })),
    );
    round = await typingRound(options, clock, pool, server, editors, () => editors - 1);
  } finally {
    await pool.close();
    await server.stop();
  }
  // Thread 0 is the main thread (tsx's loader runs in a worker thread with its own profile).
  const file = readdirSync(dir).find((name) => /\.0\.\d+\.cpuprofile$/.test(name));
  if (!file) throw new Error('the server wrote no CPU profile');
  return { editors, round, summary: summarizeProfile(join(dir, file)), file: join(dir, file) };
}
