import { describe, expect, it } from 'vitest';
import { RefusalLog } from './RefusalLog.js';

describe('RefusalLog', () => {
  it('logs a connection once and at most 20 lines per 10 s, then counts the rest', () => {
    const lines: { fields: object; message: string }[] = [];
    let now = 1_000_000;
    const log = new RefusalLog(
      (fields, message) => lines.push({ fields, message }),
      () => now,
    );
    const refuse = (connectionId: string) =>
      log.record({
        roomId: 'r',
        connectionId,
        code: 4400,
        detail: 'Truncated or malformed message',
      });
    for (let n = 0; n < 5; n += 1) refuse('same');
    expect(lines).toHaveLength(1);
    for (let n = 0; n < 1_000; n += 1) refuse(`c${n}`);
    expect(lines).toHaveLength(20);
    now += 11_000;
    refuse('later');
    expect(lines.at(-2)).toEqual({
      fields: { suppressed: 985 },
      message: 'collab refusals not logged',
    });
    expect(lines.at(-1)?.message).toBe('collab input refused');
  });
});
