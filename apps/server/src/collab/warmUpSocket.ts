// One real WebSocket open at start, before the server listens: a fresh process otherwise runs
// `ws`'s handshake, frame parser and sender, and the room's join and sync reply, for the first
// time (interpreted, then compiled by V8) on the first editor's open.
//
// Nothing here is reachable from outside. The connection comes from this process to a listener
// of its own on 127.0.0.1 (a port the system picks), not to the server's listener; that
// listener stops listening at the first upgrade request it gets, whoever sent it, and upgrades
// it only if it carries a secret made for this start (32 random bytes that never leave the
// process). The caller decides what the upgraded socket may do (read-only, a room no
// statement can have).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { encodeSyncStep1, encodeSyncStep2, MessageType, SyncMessageType } from '@plenary/collab';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export const WARM_UP_SECRET_HEADER = 'x-plenary-warm-up';

/** Upgrades a request that came through the warm-up's own listener. */
export type WarmUpAccept = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Opens one WebSocket through `accept` as a stock client does (sync step 1, then the answer to
 * the server's), and resolves once the server's sync step 2 arrived and the socket closed. Never
 * rejects: a warm-up that fails or takes longer than `timeoutMs` only leaves the first open slow.
 */
export async function warmUpSocket(accept: WarmUpAccept, timeoutMs: number): Promise<boolean> {
  const secret = randomBytes(32);
  const listener = warmUpListener(secret, accept);
  try {
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(0, '127.0.0.1', resolve);
    });
    const { port } = listener.address() as AddressInfo;
    return await syncOnce(`ws://127.0.0.1:${port}/`, secret, timeoutMs);
  } catch {
    return false;
  } finally {
    listener.close();
    listener.closeAllConnections();
  }
}

/**
 * The warm-up's own HTTP server (not yet listening): it stops listening at the first upgrade
 * request and passes that one to `accept` only if it carries `secret`; it answers nothing else.
 */
export function warmUpListener(secret: Buffer, accept: WarmUpAccept): Server {
  const listener = createServer((_req, res) => res.writeHead(404).end());
  listener.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    listener.close();
    if (hasSecret(req, secret)) accept(req, socket, head);
    else socket.destroy();
  });
  return listener;
}

function hasSecret(req: IncomingMessage, secret: Buffer): boolean {
  const sent = req.headers[WARM_UP_SECRET_HEADER];
  if (typeof sent !== 'string') return false;
  const bytes = Buffer.from(sent, 'base64url');
  return bytes.length === secret.length && timingSafeEqual(bytes, secret);
}

function syncOnce(url: string, secret: Buffer, timeoutMs: number): Promise<boolean> {
  const doc = new Y.Doc();
  const ws = new WebSocket(url, {
    headers: { [WARM_UP_SECRET_HEADER]: secret.toString('base64url') },
  });
  ws.binaryType = 'nodebuffer';
  let synced = false;
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => ws.terminate(), timeoutMs);
    ws.on('open', () => ws.send(encodeSyncStep1(Y.encodeStateVector(doc))));
    ws.on('message', (data: Buffer) => {
      if (data[0] !== MessageType.Sync) return;
      if (data[1] === SyncMessageType.Step1) {
        // Our document is empty: the answer is the empty update the server drops on sight.
        ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(doc)));
      } else if (data[1] === SyncMessageType.Step2) {
        synced = true;
        ws.close(1000);
      }
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(timer);
      doc.destroy();
      resolve(synced);
    });
  });
}
