import { openPostgresDatabase, openSqliteDatabase, Stores } from '@plenary/storage';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** PostgreSQL when DATABASE_URL is set (scaled mode), else the embedded SQLite file. */
export async function openStores(config: Config, logger?: Logger): Promise<Stores> {
  if (config.databaseUrl) {
    const db = await openPostgresDatabase(config.databaseUrl, { schema: config.databaseSchema });
    return new Stores(db, 'postgres');
  }
  return new Stores(
    await openSqliteDatabase(config.dataDir, {
      durability: config.sqliteDurability,
      ...(logger
        ? {
            onCheckpointFailure: (error: Error) =>
              logger.error({ err: error }, 'WAL checkpoint worker failed'),
          }
        : {}),
    }),
  );
}
