import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { DatabaseSchema } from './DatabaseSchema.js';
import type { Dialect } from './Dialect.js';
import { migrationProvider } from './migrations/index.js';
import { registerDriver } from './UpdateAppender.js';
import { WalCheckpointer } from './WalCheckpointer.js';

export type PlenaryDb = Kysely<DatabaseSchema>;

export const SQLITE_FILE_NAME = 'plenary.sqlite';

/**
 * Opens (creating if needed) the embedded database under `dataDir` and applies migrations.
 * WAL with synchronous=NORMAL: a committed write survives a process crash; `durability: 'full'`
 * also survives power loss at the cost of an fsync per write. One connection: the query
 * builder serializes transactions on it. WAL checkpoints (which fsync) run on a worker thread
 * (WalCheckpointer), not inside whichever append crosses SQLite's threshold.
 */
export async function openSqliteDatabase(
  dataDir: string,
  options: { durability?: 'normal' | 'full'; onCheckpointFailure?: (error: Error) => void } = {},
): Promise<PlenaryDb> {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(join(dataDir, SQLITE_FILE_NAME));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  const checkpointer = new WalCheckpointer(sqlite, {
    ...(options.onCheckpointFailure ? { onFailure: options.onCheckpointFailure } : {}),
  });
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite, () => checkpointer.stop()) }),
  });
  registerDriver(db, { kind: 'sqlite', sqlite });
  checkpointers.set(db, checkpointer);
  await migrate(db, 'sqlite');
  return db;
}

const checkpointers = new WeakMap<PlenaryDb, WalCheckpointer>();

/**
 * Copies what the WAL holds into the database file now (see `WalCheckpointer.settle`): for the
 * end of a start, after its own writes. Nothing on PostgreSQL or a transaction.
 */
export function settleWal(db: PlenaryDb): void {
  checkpointers.get(db)?.settle();
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as the query builder sees it, with each SQL text prepared once: SQLite parses
 * and plans a statement afresh on every `prepare`, and opening a statement runs the same few
 * queries each time. The builder runs one query at a time on its one connection and never
 * streams, so a cached statement is never re-entered. Bounded: a full cache starts afresh.
 */
function withStatementCache(sqlite: Database.Database, beforeClose: () => void): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => {
      beforeClose();
      sqlite.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
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
    const reason = error instanceof Error ? error.message : String(error);
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    // No failed migration means none could start (e.g. the database is unreachable).
    throw new Error(
      failed
        ? `Database migration ${failed} failed: ${reason}`
        : `Database migrations could not run: ${reason}`,
      { cause: error },
    );
  }
}

/** Every migration of the dialect and when it was applied, for `plenary migrate` to report. */
export async function migrationStatus(
  db: PlenaryDb,
  dialect: Dialect,
  schema?: string,
): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  return (await migrator.getMigrations()).map(({ name, executedAt }) => ({ name, executedAt }));
}
