import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { installProcessGuards } from './processGuards.js';

function recordingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('installProcessGuards', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  it('logs an unhandled rejection and carries on', async () => {
    const { logger, lines } = recordingLogger();
    let closed = false;
    uninstall = installProcessGuards({ logger, close: async () => void (closed = true) }, () => {
      throw new Error('must not exit');
    });
    process.emit('unhandledRejection', new Error('lost promise'), Promise.resolve());
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((line) => line.msg)).toContain(
      'unhandled promise rejection (the server carries on)',
    );
    expect(closed).toBe(false);
  });

  it('shuts down gracefully on an uncaught exception, then exits with 1', async () => {
    const { logger, lines } = recordingLogger();
    let closed = 0;
    const exited = new Promise<number | undefined>((resolve) => {
      uninstall = installProcessGuards({ logger, close: async () => void (closed += 1) }, ((
        code?: number,
      ) => resolve(code)) as typeof process.exit);
    });
    process.emit('uncaughtException', new Error('boom'), 'uncaughtException');
    process.emit('uncaughtException', new Error('again'), 'uncaughtException');
    expect(await exited).toBe(1);
    expect(closed).toBe(1);
    expect(lines.filter((line) => line.level === 60)).toHaveLength(2);
  });
});
