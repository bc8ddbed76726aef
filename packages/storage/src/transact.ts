import type { Transaction } from 'kysely';
import type { DatabaseSchema } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';

/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one, so a
 * repository's multi-statement write joins a service's transaction instead of failing.
 */
export function transact<T>(
  db: PlenaryDb,
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DatabaseSchema>);
  return db.transaction().execute(work);
}
