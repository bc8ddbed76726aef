// Slows password guessing without locking the owner out. One instance guards every place a
// password is checked (sign-in, invitation acceptance, password change); in scaled mode its
// counters live in Redis, so N processes do not allow N times the guesses.
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppError } from '../errors/AppError.js';

export interface ThrottleLimits {
  /** Failed checks per account per window from browsers that never signed in as it. */
  failuresPerAccount: number;
  /** Failed checks per client address per window, whatever the accounts. */
  failuresPerAddress: number;
  windowSeconds: number;
}

export interface LoginClient {
  address: string;
  /** Hash of the device cookie, when this browser has signed in as the account before. */
  knownDevice?: string;
}

/** The outcome of one reserved attempt. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

/** Consecutive failures one client may make on one account before it has to wait. */
export const FREE_FAILURES = 4;
const DAY_SECONDS = 24 * 60 * 60;

type Make = (prefix: string, points: number, duration: number) => RateLimiterAbstract;

export class LoginThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  /** Consecutive failures per account × client, forgotten after a day or a success. */
  private readonly streak: RateLimiterAbstract;
  /** Exponential back-off per account × client: 1, 2, 4 … seconds, at most one window. */
  private readonly backoff: RateLimiterAbstract;

  private constructor(
    private readonly limits: ThrottleLimits,
    make: Make,
  ) {
    this.byAccount = make('account', limits.failuresPerAccount, limits.windowSeconds);
    this.byAddress = make('address', limits.failuresPerAddress, limits.windowSeconds);
    this.streak = make('streak', 1_000_000, DAY_SECONDS);
    this.backoff = make('backoff', 1, limits.windowSeconds);
  }

  static inMemory(limits: ThrottleLimits): LoginThrottle {
    return new LoginThrottle(
      limits,
      (prefix, points, duration) => new RateLimiterMemory({ keyPrefix: prefix, points, duration }),
    );
  }

  /** Shared by every process; if Redis is unreachable, each process limits on its own. */
  static inRedis(limits: ThrottleLimits, redis: Redis, namespace: string): LoginThrottle {
    return new LoginThrottle(
      limits,
      (prefix, points, duration) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `plenary:${namespace}:login:${prefix}`,
          points,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory({ keyPrefix: prefix, points, duration }),
        }),
    );
  }

  /** Reserves one attempt, or throws `auth.rate_limited` (429) saying how long to wait. */
  async begin(email: string, client: LoginClient): Promise<LoginAttempt> {
    const pair = `${email}|${client.knownDevice ? `d:${client.knownDevice}` : `a:${client.address}`}`;
    const blocked = await this.backoff.get(pair);
    if (blocked && blocked.consumedPoints > 1) throw rateLimited(blocked.msBeforeNext, false);
    const counted = !client.knownDevice;
    if (counted) {
      // The address first: a flood from one address stops there, before it creates a
      // counter for every email it tries.
      await consumeOrThrow(this.byAddress, client.address);
      await consumeOrThrow(this.byAccount, email).catch(async (error: unknown) => {
        await this.byAddress.reward(client.address);
        throw error;
      });
    }
    return {
      succeeded: async () => {
        if (counted)
          await Promise.all([this.byAccount.reward(email), this.byAddress.reward(client.address)]);
        await Promise.all([this.streak.delete(pair), this.backoff.delete(pair)]);
      },
      failed: async () => {
        const { consumedPoints } = await this.streak.penalty(pair);
        if (consumedPoints <= FREE_FAILURES) return;
        const seconds = Math.min(
          2 ** (consumedPoints - FREE_FAILURES - 1),
          this.limits.windowSeconds,
        );
        await this.backoff.block(pair, seconds);
      },
    };
  }
}

async function consumeOrThrow(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext, true);
    throw rejection;
  }
}

/** `shared`: the account's or the network's limit, which a known browser is not held by. */
function rateLimited(msBeforeNext: number, shared: boolean): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  const message = shared
    ? `Too many wrong passwords for this account or from this network. Try again in ${wait}, or from a browser you have signed in on before.`
    : `Too many wrong passwords in a row. Try again in ${wait}.`;
  return new AppError('auth.rate_limited', 429, message, { retryAfterSeconds: seconds });
}
