import { join } from 'node:path';
import { SQLITE_FILE_NAME } from '@plenary/storage';
import type { Config } from './config.js';

/** Where the data lives, for logs and CLI messages; never includes a password. */
export function describeStore(config: Config): string {
  if (!config.databaseUrl) return `SQLite ${join(config.dataDir, SQLITE_FILE_NAME)}`;
  const url = new URL(config.databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default database)';
  const schema = config.databaseSchema ? `, schema ${config.databaseSchema}` : '';
  return `PostgreSQL ${url.hostname}:${url.port || '5432'}/${database}${schema}`;
}

/** The Redis that fans out between processes, or that there is none (embedded mode). */
export function describeRedis(config: Config): string {
  if (!config.redisUrl) return 'none (single process)';
  const url = new URL(config.redisUrl);
  return `${url.hostname}:${url.port || '6379'}`;
}
