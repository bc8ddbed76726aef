import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors/AppError.js';
import { FREE_FAILURES, LoginThrottle, type ThrottleLimits } from './LoginThrottle.js';

const limits: ThrottleLimits = { failuresPerAccount: 3, failuresPerAddress: 5, windowSeconds: 60 };
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Fails once for the client; returns the refusal's wait in seconds, or 0 if it was checked. */
async function fail(throttle: LoginThrottle, email: string, address: string, device?: string) {
  try {
    const attempt = await throttle.begin(email, {
      address,
      ...(device ? { knownDevice: device } : {}),
    });
    await attempt.failed();
    return 0;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'auth.rate_limited') throw error;
    return (error.details as { retryAfterSeconds: number }).retryAfterSeconds;
  }
}

describe('LoginThrottle in memory', () => {
  it('caps wrong passwords per account across addresses, but not for a known browser', async () => {
    const throttle = LoginThrottle.inMemory(limits);
    const waits = [];
    for (let i = 0; i < 5; i += 1) waits.push(await fail(throttle, 'a@x.org', `10.0.0.${i}`));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
    expect(waits[3]).toBeLessThanOrEqual(60);
    const owner = await throttle.begin('a@x.org', { address: '10.9.9.9', knownDevice: 'dev' });
    await owner.succeeded();
  });

  it('caps wrong passwords per address across accounts', async () => {
    const throttle = LoginThrottle.inMemory(limits);
    const waits = [];
    for (let i = 0; i < 6; i += 1) waits.push(await fail(throttle, `u${i}@x.org`, '10.0.0.1'));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    // The refused attempt used none of the account's budget.
    for (let i = 0; i < 3; i += 1) expect(await fail(throttle, 'u5@x.org', `10.0.1.${i}`)).toBe(0);
    expect(await fail(throttle, 'u5@x.org', '10.0.1.9')).toBeGreaterThan(0);
  });

  it('backs off exponentially per client after the free failures, and forgets on success', async () => {
    const throttle = LoginThrottle.inMemory({ ...limits, failuresPerAccount: 100 });
    for (let i = 0; i < FREE_FAILURES; i += 1)
      expect(await fail(throttle, 'b@x.org', 'ip')).toBe(0);
    expect(await fail(throttle, 'b@x.org', 'ip')).toBe(0); // counted, starts a 1 s back-off
    expect(await fail(throttle, 'b@x.org', 'ip')).toBe(1);
    // Another client of the same account is not held up by this one's back-off.
    const other = await throttle.begin('b@x.org', { address: 'elsewhere' });
    await other.succeeded();
  });
});

describe('LoginThrottle in Redis', () => {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  beforeAll(() => redis.connect());
  afterAll(() => redis.quit());

  it('counts once for every process that shares the store', async () => {
    const namespace = `test-${randomBytes(6).toString('hex')}`;
    const first = LoginThrottle.inRedis(limits, redis, namespace);
    const second = LoginThrottle.inRedis(limits, redis, namespace);
    const waits = [];
    for (let i = 0; i < 4; i += 1) {
      waits.push(await fail(i % 2 ? second : first, 'c@x.org', `10.1.0.${i}`));
    }
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
    const keys = await redis.keys(`plenary:${namespace}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
  });
});
