// Configuration from the environment, validated once at start.
import { fileURLToPath } from 'node:url';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const port = z.coerce.number().int().min(0).max(65_535);

/** Express's named ranges, or an address or subnet (CIDR); never "true" (trust every hop). */
const proxyEntry = (entry: string): boolean => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  return (
    isIP(address) !== 0 && extra === undefined && (prefix === undefined || /^\d{1,3}$/.test(prefix))
  );
};
const TrustProxy = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.length > 0 && entries.every(proxyEntry), {
    message: 'must list the proxy: "loopback", an address or a subnet, comma-separated',
  });

const EnvSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The origin browsers use to reach Plenary (e.g. https://plenary.example.org); defaults to the request's own host. */
  PUBLIC_ORIGIN: z.url().optional(),
  WEB_DIST: z.string().min(1).default(defaultWebDist),
  SQLITE_DURABILITY: z.enum(['normal', 'full']).default('normal'),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Every collab socket is pinged once per this period; one that missed the last ping is closed. */
  COLLAB_HEARTBEAT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().positive().default(300),
  COMPACT_AFTER_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  COMPACT_AFTER_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 60_000),
  UNLOAD_AFTER_MS: z.coerce.number().int().nonnegative().default(30_000),
  /** How long a busy statement holds caret changes to send them as one frame (0: to the turn's end). */
  AWARENESS_WINDOW_MS: z.coerce.number().int().min(0).max(1_000).default(50),
  /** How long an embedded start may compact the logs a crash left before listening (0: none). */
  COMPACT_ON_START_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /** Rounds of the collaboration warm-up before listening (0: none); see docs/performance.md. */
  COLLAB_WARM_UP_ROUNDS: z.coerce.number().int().min(0).max(1_000).default(10),
  /** How long the server must be at rest before it gives back its young heap (0: never). */
  IDLE_COLLECT_AFTER_MS: z.coerce
    .number()
    .int()
    .max(3_600_000)
    .refine((ms) => ms === 0 || ms >= 5_000, {
      message:
        'must be 0 (never) or at least 5000: V8 shrinks the young heap only when little was allocated in the last 5 s',
    })
    .default(30_000),
  /** Failed password checks allowed per client address per window. */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  /** Failed password checks allowed per account per window from browsers it has not signed in on. */
  AUTH_ACCOUNT_LIMIT: z.coerce.number().int().positive().default(10),
  AUTH_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  /** The reverse proxy whose X-Forwarded-For is believed; unset, the socket's address counts. */
  TRUST_PROXY: TrustProxy.optional(),
  /** An automatic version is taken after this long without edits. */
  AUTO_VERSION_AFTER_MS: z.coerce.number().int().positive().default(120_000),
  /** PostgreSQL instead of the embedded SQLite file (scaled mode). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Schema for every table, e.g. to share one database between test runs. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
    .optional(),
  /** Redis for fan-out between several Plenary processes (scaled mode). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  /** How often open documents are reconciled with the database in scaled mode. */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(10_000),
  /** Deleted debates, statements, references and comments stay restorable this many days. */
  TRASH_RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
  /** How often one process (of all sharing the database) purges what is past retention. */
  TRASH_PURGE_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(60 * 60 * 1000),
  /** How often each process looks for silence procedures whose deadline has passed. */
  SILENCE_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  publicOrigin: string | undefined;
  webDist: string;
  sqliteDurability: 'normal' | 'full';
  collabMaxMessageBytes: number;
  collabHeartbeatMs: number;
  /** A document's log is compacted once it holds this many updates, bytes, or ms of age. */
  compactAfterUpdates: number;
  compactAfterBytes: number;
  compactAfterMs: number;
  unloadAfterMs: number;
  awarenessWindowMs: number;
  /** How long an embedded start may compact the logs a crash left before listening (0: none). */
  compactOnStartMs: number;
  collabWarmUpRounds: number;
  /** How long the server must be at rest before it gives back its young heap (0: never). */
  idleCollectAfterMs: number;
  /** Failed password checks allowed per client address per window. */
  authRateLimit: number;
  authFailuresPerAccount: number;
  authWindowSeconds: number;
  /** Express "trust proxy" entries; empty when no proxy is trusted. */
  trustProxy: string[];
  autoVersionAfterMs: number;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  redisUrl: string | undefined;
  reconcileIntervalMs: number;
  trashRetentionDays: number;
  trashPurgeIntervalMs: number;
  silenceCheckIntervalMs: number;
}

/** Thrown with every invalid variable named, so the operator can fix them all at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    publicOrigin: e.PUBLIC_ORIGIN ? new URL(e.PUBLIC_ORIGIN).origin : undefined,
    webDist: resolve(e.WEB_DIST),
    sqliteDurability: e.SQLITE_DURABILITY,
    collabMaxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES,
    collabHeartbeatMs: e.COLLAB_HEARTBEAT_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    compactAfterMs: e.COMPACT_AFTER_MS,
    unloadAfterMs: e.UNLOAD_AFTER_MS,
    awarenessWindowMs: e.AWARENESS_WINDOW_MS,
    compactOnStartMs: e.COMPACT_ON_START_MS,
    collabWarmUpRounds: e.COLLAB_WARM_UP_ROUNDS,
    idleCollectAfterMs: e.IDLE_COLLECT_AFTER_MS,
    authRateLimit: e.AUTH_RATE_LIMIT,
    authFailuresPerAccount: e.AUTH_ACCOUNT_LIMIT,
    authWindowSeconds: e.AUTH_WINDOW_SECONDS,
    trustProxy: e.TRUST_PROXY ?? [],
    autoVersionAfterMs: e.AUTO_VERSION_AFTER_MS,
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    redisUrl: e.REDIS_URL,
    reconcileIntervalMs: e.RECONCILE_INTERVAL_MS,
    trashRetentionDays: e.TRASH_RETENTION_DAYS,
    trashPurgeIntervalMs: e.TRASH_PURGE_INTERVAL_MS,
    silenceCheckIntervalMs: e.SILENCE_CHECK_INTERVAL_MS,
  };
}
