// Starts a real Plenary server in this process on port 0 with its own SQLite data dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, PlenaryServer } from '@plenary/server';

export interface TestServer {
  url: string;
  dataDir: string;
  server: PlenaryServer;
  /** Stops the server; the data dir is kept for a restart unless `removeData` is set. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'plenary-test-'));
}

export async function startTestServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? makeDataDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT: '1000',
    // One round still runs the warm-up; forty would add a fraction of a second to every start.
    COLLAB_WARM_UP_ROUNDS: '1',
    ...options.env,
  });
  const server = await PlenaryServer.create(config);
  const url = await server.listen();
  return {
    url,
    dataDir,
    server,
    async stop({ removeData = false } = {}) {
      await server.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
