// The y-websocket endpoint: /collab/:statementId on the shared HTTP server.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, closeReason, type Room, type RoomRegistry } from '@plenary/collab';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isAllowedOrigin } from '../http/originCheck.js';
import type { LiveConnections } from '../live/LiveConnections.js';
import type { Logger } from '../logger.js';
import type { ConnectionAttributions } from './ConnectionAttributions.js';
import type { CollabAccess, CollabGrant } from './CollabAccess.js';
import { parseUpgradeTarget } from './upgradeTarget.js';
import { WsConnection } from './WsConnection.js';

export interface CollabEndpointOptions {
  rooms: RoomRegistry;
  access: CollabAccess;
  live: LiveConnections;
  logger: Logger;
  publicOrigin: string | undefined;
  maxMessageBytes: number;
  heartbeatMs?: number;
  /** Records in whose name each connection may propose amendments (outcome documents). */
  attributions?: ConnectionAttributions;
}

export class CollabEndpoint {
  private readonly wss: WebSocketServer;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly sockets = new Map<WebSocket, WsConnection>();

  constructor(private readonly options: CollabEndpointOptions) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
    this.heartbeat = setInterval(() => this.checkAlive(), options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Nothing a stranger sends before signing in may throw out of this handler.
      try {
        this.route(req, socket, head);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'collab upgrade refused');
        refuseUpgrade(socket, 400, 'Bad Request');
      }
    });
  }

  private route(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = parseUpgradeTarget(req.url);
    if (target.kind === 'socket.io') return; // socket.io answers its own upgrades.
    if (target.kind === 'bad-request') return refuseUpgrade(socket, 400, 'Bad Request');
    if (target.kind === 'not-found') return refuseUpgrade(socket, 404, 'Not Found');
    if (!isAllowedOrigin(req, this.options.publicOrigin))
      return refuseUpgrade(socket, 403, 'Forbidden');
    this.upgrade(req, socket, head, target.statementId).catch((error: unknown) => {
      this.options.logger.error(
        { err: error, statementId: target.statementId },
        'collab upgrade failed',
      );
      refuseUpgrade(socket, 500, 'Internal Server Error');
    });
  }

  private async upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    statementId: string,
  ): Promise<void> {
    const grant = await this.options.access.check(req, statementId).catch((error: unknown) => {
      this.options.logger.error({ err: error, statementId }, 'collab access check failed');
      return undefined;
    });
    if (!grant) return refuseUpgrade(socket, 500, 'Internal Server Error');
    if (grant.kind === 'http') return refuseUpgrade(socket, grant.status, grant.text);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (grant.kind === 'close') return ws.close(grant.code, closeReason[grant.code]);
      this.accept(ws, socket, statementId, grant);
    });
  }

  private accept(
    ws: WebSocket,
    socket: Duplex,
    statementId: string,
    grant: Extract<CollabGrant, { kind: 'granted' }>,
  ): void {
    const connection = new WsConnection(
      ws,
      socket,
      grant.readOnly,
      grant.identity,
      grant.suggesting,
    );
    this.options.attributions?.set(connection, grant.attribution);
    // Fields named in each line, not a child logger per connection (≈ 0.9 KiB each, kept for
    // the connection's life to log, in most cases, nothing).
    const { userId, suggesting } = grant;
    const logger = this.options.logger;
    const fields = (more: object): object => ({
      connectionId: connection.id,
      statementId,
      userId,
      suggesting,
      ...more,
    });
    this.sockets.set(ws, connection);
    const forget = this.options.live.addCollab({
      userId: grant.userId,
      sessionId: grant.sessionId,
      level: grant.level,
      statementId,
      close: (code, reason) => connection.close(code as CloseCode, reason),
    });
    const early: Uint8Array[] = [];
    let room: Room | undefined;
    let closed = false;
    const receive = (target: Room, frame: Uint8Array): void => {
      target.receive(connection, frame).catch((error: unknown) => {
        logger.error(fields({ err: error }), 'collab frame failed');
        connection.close(CloseCode.StorageFailure, closeReason[CloseCode.StorageFailure]);
      });
    };

    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary)
        return connection.close(
          CloseCode.MalformedMessage,
          closeReason[CloseCode.MalformedMessage],
        );
      const frame = toUint8Array(data);
      if (room) receive(room, frame);
      else early.push(frame);
    });
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('error', (error) => logger.warn(fields({ err: error }), 'collab socket error'));
    ws.on('close', (code) => {
      closed = true;
      forget();
      this.sockets.delete(ws);
      if (room) this.options.rooms.leave(room, connection);
      logger.debug(fields({ code }), 'collab connection closed');
    });

    this.options.rooms.join(statementId, connection).then(
      (joined) => {
        if (closed) return this.options.rooms.leave(joined, connection);
        room = joined;
        for (const frame of early.splice(0)) receive(joined, frame);
      },
      (error: unknown) => {
        logger.error(fields({ err: error }), 'could not open statement');
        connection.close(CloseCode.StorageFailure, closeReason[CloseCode.StorageFailure]);
      },
    );
  }

  private checkAlive(): void {
    for (const [ws, connection] of this.sockets) {
      if (!connection.alive) {
        ws.terminate();
        continue;
      }
      connection.alive = false;
      ws.ping();
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.wss.close();
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  // A client that never reads the answer must not keep the socket open.
  setTimeout(() => socket.destroy(), 1_000).unref();
}
