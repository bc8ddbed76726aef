// The floor: a plain `ws` relay that forwards each frame to every other socket of its room,
// with no Yjs, no storage and no authentication. Nothing can propagate faster than this.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { StartedServer } from './launchServer.js';

export async function startFloorServer(): Promise<StartedServer> {
  const http = createServer((_req, res) => res.end('floor'));
  const wss = new WebSocketServer({ server: http });
  const rooms = new Map<string, Set<WebSocket>>();
  wss.on('connection', (ws, req) => {
    const name = req.url ?? '/';
    let room = rooms.get(name);
    if (!room) rooms.set(name, (room = new Set()));
    const members = room;
    members.add(ws);
    ws.on('message', (data, isBinary) => {
      for (const other of members) if (other !== ws) other.send(data, { binary: isBinary });
    });
    ws.on('close', () => members.delete(ws));
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
