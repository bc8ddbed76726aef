// The warm-up's own listener: it upgrades only the request that carries the start's secret,
// and only one request at all, whoever sends it.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WARM_UP_SECRET_HEADER, warmUpListener } from './warmUpSocket.js';

/** What became of an upgrade request: the HTTP status refusing it, 'open', or the socket error's code. */
function upgradeOutcome(url: string, headers: Record<string, string>): Promise<number | string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve('open');
      ws.terminate();
    });
    ws.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'destroyed'));
  });
}

describe('warmUpListener', () => {
  it('upgrades nothing without the secret, and stops listening at the first upgrade', async () => {
    let accepted = 0;
    const listener = warmUpListener(randomBytes(32), () => (accepted += 1));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const url = `ws://127.0.0.1:${(listener.address() as AddressInfo).port}/`;
    try {
      const wrong = randomBytes(32).toString('base64url');
      expect(await upgradeOutcome(url, { [WARM_UP_SECRET_HEADER]: wrong })).toBe('ECONNRESET');
      expect(await upgradeOutcome(url, {})).toBe('ECONNREFUSED');
      expect(accepted).toBe(0);
    } finally {
      listener.close();
    }
  });

  it('upgrades the request that carries the secret', async () => {
    const secret = randomBytes(32);
    let accepted = 0;
    const listener = warmUpListener(secret, (_req, socket) => {
      accepted += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const url = `ws://127.0.0.1:${(listener.address() as AddressInfo).port}/`;
    try {
      await upgradeOutcome(url, { [WARM_UP_SECRET_HEADER]: secret.toString('base64url') });
      expect(accepted).toBe(1);
    } finally {
      listener.close();
    }
  });
});
