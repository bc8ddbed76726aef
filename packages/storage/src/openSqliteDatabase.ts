import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { DatabaseSchema } from './DatabaseSchema.js';
import type { Dialect } from './Dialect.js';
import { migrationProvider } from './migrations/index.js';

export type PlenaryDb = Kysely<DatabaseSchema>;

export const SQLITE_FILE_NAME = 'plenary.sqlite';

/**
 * Opens (creating if needed) the embedded database under `dataDir` and applies migrations.
 * WAL with synchronous=NORMAL: a committed write survives a process crash; `durability: 'full'`
 * also survives power loss at the cost of an fsync per write. One connection: the query
 * builder serializes transactions on it.
 */
export async function openSqliteDatabase(
  dataDir: string,
  options: { durability?: 'normal' | 'full' } = {},
): Promise<PlenaryDb> {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(join(dataDir, SQLITE_FILE_NAME));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, 'sqlite');
  return db;
}

/** Applies every pending migration for the dialect; throws naming the one that failed. */
export async function migrate(db: PlenaryDb, dialect: Dialect, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
}
