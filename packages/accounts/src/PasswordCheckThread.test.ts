import { afterAll, describe, expect, it, vi } from 'vitest';
import { PasswordCheckThread, PasswordCheckTimeout } from './PasswordCheckThread.js';
import { loadPasswordCheck } from './passwordPolicy.js';

describe('PasswordCheckThread', () => {
  const thread = new PasswordCheckThread({ idleMs: 100 });
  afterAll(() => thread.close());

  it('gives the answers the rule gives in-process', async () => {
    const inProcess = await loadPasswordCheck();
    const cases: [string, string[]][] = [
      ['short', []],
      ['aaaaaaaaaaaaaaaa', []],
      ['password1234', []],
      ['amina.diallo2027', ['amina.diallo@example.org']],
      ['plenary plenary plenary', []],
      ['violet tractor sings at dawn', []],
      ['x'.repeat(201), []],
    ];
    for (const [password, context] of cases) {
      expect(await thread.check(password, context), password).toEqual(inProcess(password, context));
    }
  });

  it('answers checks made at once, each with its own answer', async () => {
    const answers = await Promise.all([
      thread.check('aaaaaaaaaaaaaaaa'),
      thread.check('violet tractor sings at dawn'),
      thread.check('short'),
    ]);
    expect(answers.map((answer) => answer?.code ?? null)).toEqual([
      'password.too_weak',
      null,
      'password.too_short',
    ]);
  });

  it('lets its worker go when idle and starts it again on the next check', async () => {
    await thread.check('violet tractor sings at dawn');
    expect(thread.running).toBe(true);
    await vi.waitFor(() => expect(thread.running).toBe(false), { timeout: 10_000 });
    expect(await thread.check('short')).toMatchObject({ code: 'password.too_short' });
  });

  it('gives a worker still loading its dictionaries longer', async () => {
    // 1 ms is far less than a worker takes to start and load: only the start allowance lets
    // the first check through (the test above fails the same check without it).
    const starting = new PasswordCheckThread({ timeoutMs: 1, startMs: 60_000 });
    try {
      expect(await starting.check('short')).toMatchObject({ code: 'password.too_short' });
    } finally {
      await starting.close();
    }
  });

  it('fails a check that takes too long rather than waiting for ever', async () => {
    const slow = new PasswordCheckThread({ timeoutMs: 1, startMs: 0 });
    try {
      const check = slow.check('violet tractor sings at dawn');
      await expect(check).rejects.toThrow(/took over 1 ms/);
      await expect(check).rejects.toBeInstanceOf(PasswordCheckTimeout);
      expect(slow.running).toBe(false);
    } finally {
      await slow.close();
    }
  });
});
