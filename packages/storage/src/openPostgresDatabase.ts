import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { DatabaseSchema } from './DatabaseSchema.js';
import { migrate, type PlenaryDb } from './openSqliteDatabase.js';
import { registerDriver } from './UpdateAppender.js';

// The PostgreSQL client is loaded only when PostgreSQL is used: the embedded server stays smaller.
async function loadPg(): Promise<typeof pg> {
  const { default: pg } = await import('pg');
  // BIGINT/BIGSERIAL come back as strings by default; our sequence numbers fit in a double.
  pg.types.setTypeParser(20, (value) => Number(value));
  return pg;
}

/**
 * Opens the PostgreSQL store at `url` and applies migrations. `schema` puts every table in
 * that schema (created if missing), e.g. one per test run.
 */
export async function openPostgresDatabase(
  url: string,
  options: { schema?: string; poolSize?: number } = {},
): Promise<PlenaryDb> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`Invalid schema name ${schema}`);
  const pg = await loadPg();
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  registerDriver(db, { kind: 'postgres', pool });
  await migrate(db, 'postgres', schema);
  return db;
}
