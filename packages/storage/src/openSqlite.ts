import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteMigrations } from './migrations.js';

export type SqliteDatabase = Database.Database;

export const SQLITE_FILE_NAME = 'plenary.sqlite';

/**
 * Opens (creating if needed) the embedded database under `dataDir` and migrates it.
 * WAL with synchronous=NORMAL: a committed write survives a process crash; `durability: 'full'`
 * also survives power loss at the cost of an fsync per write.
 */
export function openSqlite(
  dataDir: string,
  options: { durability?: 'normal' | 'full' } = {},
): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < sqliteMigrations.length; version += 1) {
    db.transaction(() => {
      db.exec(sqliteMigrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
