import { openPostgresDatabase, openSqliteDatabase, Stores } from '@plenary/storage';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/**
 * PostgreSQL when DATABASE_URL is set (scaled mode), else the embedded SQLite file. `logger` is
 * the server's; CLI commands pass none.
 */
export async function openStores(config: Config, logger?: Logger): Promise<Stores> {
  if (config.databaseUrl) {
    const db = await openPostgresDatabase(config.databaseUrl, { schema: config.databaseSchema });
    return new Stores(db, 'postgres');
  }
  return new Stores(
    await openSqliteDatabase(config.dataDir, {
      durability: config.sqliteDurability,
      // The server logs it; a CLI command (export, import, repair) has no logger and says it on
      // stderr: its writes go on, with checkpoints back on the main connection.
      onCheckpointFailure: (error: Error) => {
        if (logger) logger.error({ err: error }, 'WAL checkpoint worker failed');
        else process.stderr.write(`plenary: ${error.message}\n`);
      },
    }),
  );
}
