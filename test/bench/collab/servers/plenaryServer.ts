// Plenary as in production: the built server (`@plenary/server` resolves to dist/ without the
// "source" condition), configured from the environment like `plenary serve`.
import type { StartedServer } from './launchServer.js';

export async function startPlenaryServer(dataDir: string): Promise<StartedServer> {
  const { loadConfig, PlenaryServer } = await import('@plenary/server');
  const server = await PlenaryServer.create(
    loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }),
  );
  const url = await server.listen();
  return { url, stop: () => server.close() };
}
