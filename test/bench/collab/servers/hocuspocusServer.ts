// Hocuspocus 3 with default settings, persisted the way its Database extension works: the
// whole document state is stored (debounced 2 s, at most every 10 s) in SQLite. The official
// SQLite extension needs the `sqlite3` native build, so the same store is written here with
// better-sqlite3 (WAL, synchronous=NORMAL), as Plenary's is.
import { join } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import BetterSqlite from 'better-sqlite3';
import type { StartedServer } from './launchServer.js';

export async function startHocuspocusServer(dataDir: string): Promise<StartedServer> {
  const db = new BetterSqlite(join(dataDir, 'hocuspocus.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
  const select = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM documents WHERE name = ?',
  );
  const upsert = db.prepare<[string, Uint8Array]>(
    'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
  );
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const row = select.get(documentName);
          return row ? new Uint8Array(row.data) : null;
        },
        store: async ({ documentName, state }) => {
          upsert.run(documentName, state);
        },
      }),
    ],
  });
  await server.listen();
  return {
    url: `http://127.0.0.1:${server.address.port}`,
    stop: async () => {
      await server.destroy();
      db.close();
    },
  };
}
