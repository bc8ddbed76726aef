import { beforeAll, describe, expect, it } from 'vitest';
import { loadPasswordCheck, type PasswordCheck } from './passwordPolicy.js';

describe('the password rule', () => {
  let passwordProblem: PasswordCheck;
  beforeAll(async () => {
    passwordProblem = await loadPasswordCheck();
  });

  it.each(['1234567890', 'aaaaaaaaaa', 'password12', '          '])(
    'refuses the weak password %j as too short',
    (password) => expect(passwordProblem(password)?.code).toBe('password.too_short'),
  );

  it.each(['123456789012', 'aaaaaaaaaaaa', 'password1234', 'qwertyuiopas', '            '])(
    'refuses the guessable 12-character password %j',
    (password) => expect(passwordProblem(password)?.code).toBe('password.too_weak'),
  );

  it('refuses a password made of the person’s own email', () => {
    expect(passwordProblem('amina.diallo2021', ['amina.diallo@example.org'])?.code).toBe(
      'password.too_weak',
    );
  });

  it('accepts a passphrase and says nothing', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('Geneva in April, 3 briefers')).toBeNull();
  });

  it('refuses more than 200 characters without estimating them', () => {
    expect(passwordProblem('x'.repeat(201))?.code).toBe('password.too_long');
  });

  it('explains what to do', () => {
    expect(passwordProblem('aaaaaaaaaaaa')?.message).toMatch(/\w+.*\./);
  });
});
