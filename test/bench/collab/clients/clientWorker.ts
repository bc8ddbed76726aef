// Entry of a load-generator process: holds many editors, types on a schedule when told,
// and reports what it made and saw. Bounded: every phase has a timeout, and it exits when
// the coordinator disconnects.
import { ArrivalLog, benchClock } from './ArrivalLog.js';
import { createEditor, type BenchEditor } from './BenchEditor.js';
import { watchLoopDelay } from './loopDelay.js';
import { TypingSchedule } from './TypingSchedule.js';
import type { EditorPlan, FromWorker, Mark, ToWorker } from './workerProtocol.js';

interface Placed {
  editor: BenchEditor;
  plan: EditorPlan;
}

// Each stock provider adds a process 'exit' listener; hundreds per process are expected here.
process.setMaxListeners(0);
const log = new ArrivalLog(benchClock(BigInt(process.env.BENCH_CLOCK_BASE ?? '0')));
const editors: Placed[] = [];
const reply = (message: FromWorker): void => void process.send?.(message);

async function connect(message: Extract<ToWorker, { type: 'connect' }>): Promise<void> {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  let firstError: string | undefined;
  const connectOne = async (): Promise<void> => {
    for (let i = next++; i < message.editors.length; i = next++) {
      const plan = message.editors[i] as EditorPlan;
      const editor = createEditor(
        { ...message.target, room: plan.room },
        log,
        `editor-${i}`,
        plan.full,
      );
      try {
        await editor.ready(message.timeoutMs);
        editors.push({ editor, plan });
      } catch (error) {
        failed += 1;
        firstError ??= String(error);
        editor.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: message.concurrency }, connectOne));
  reply({
    type: 'connected',
    ok: message.editors.length - failed,
    failed,
    firstError,
    ms: performance.now() - started,
  });
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const typists = editors.filter((placed) => placed.plan.typist);
  const schedule = new TypingSchedule(
    message.plan,
    log,
    typists.map((placed) => ({
      editor: placed.editor,
      roomIndex: placed.plan.roomIndex,
    })),
  );
  await schedule.waitForStart();
  // The event-loop delay is this process's own stalls in the measured window, after the warm-up.
  const delay = watchLoopDelay();
  const windowOpens = setTimeout(delay.restart, message.plan.warmupMs);
  const cpu = process.cpuUsage();
  const wallStart = performance.now();
  await schedule.run();
  const used = process.cpuUsage(cpu);
  clearTimeout(windowOpens);
  const loopDelay = delay.stop();
  reply({
    type: 'typed',
    marks: typists.map((placed): Mark => [placed.plan.roomIndex, ...placed.editor.mark()]),
    cpuMs: (used.user + used.system) / 1000,
    wallMs: performance.now() - wallStart,
    loopDelay,
  });
}

async function drain(message: Extract<ToWorker, { type: 'drain' }>): Promise<void> {
  const byRoom = new Map<number, Mark[]>();
  for (const mark of message.marks) byRoom.set(mark[0], [...(byRoom.get(mark[0]) ?? []), mark]);
  let pending = editors.map((placed) => ({
    editor: placed.editor,
    own: placed.editor.mark()[0],
    marks: byRoom.get(placed.plan.roomIndex) ?? [],
  }));
  const deadline = performance.now() + message.timeoutMs;
  for (;;) {
    for (const entry of pending) {
      entry.marks = entry.marks.filter(
        ([, sender, next]) => sender !== entry.own && !entry.editor.hasReached(sender, next),
      );
    }
    pending = pending.filter((entry) => entry.marks.length > 0);
    if (pending.length === 0 || performance.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  reply({
    type: 'drained',
    sent: [...log.sent].map(([key, [at, roomIndex]]) => [key, at, roomIndex]),
    arrivals: [...log.arrivals].map(([key, [at, count]]) => [key, at, count]),
    unreached: pending.reduce((sum, entry) => sum + entry.marks.length, 0),
    disconnects: editors.reduce((sum, placed) => sum + placed.editor.disconnects, 0),
  });
  log.sent.clear();
  log.arrivals.clear();
}

process.on('message', (message: ToWorker) => {
  const handle = async (): Promise<void> => {
    switch (message.type) {
      case 'connect':
        return connect(message);
      case 'run':
        return run(message);
      case 'drain':
        return drain(message);
      case 'close':
        for (const placed of editors.splice(0)) placed.editor.destroy();
        process.exit(0);
    }
  };
  handle().catch((error: unknown) => reply({ type: 'error', message: String(error) }));
});
process.on('disconnect', () => process.exit(0));
