// The y-websocket reference server: `@y/websocket-server`'s bin/server.js setup (an HTTP
// server whose upgrades go to `setupWSConnection`), in memory as it runs by default.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { StartedServer } from './launchServer.js';

type SetupWSConnection = (conn: WebSocket, req: IncomingMessage) => void;

export async function startYWebsocketServer(): Promise<StartedServer> {
  const { setupWSConnection } = (await import('@y/websocket-server/utils')) as {
    setupWSConnection: SetupWSConnection;
  };
  const wss = new WebSocketServer({ noServer: true });
  const http = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('okay');
  });
  wss.on('connection', setupWSConnection);
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
