// Composition root: wires storage, rooms, HTTP, socket.io and the collab endpoint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode, RoomRegistry } from '@plenary/collab';
import {
  openSqlite,
  SqliteDocumentStore,
  SqliteStatementRepository,
  type SqliteDatabase,
} from '@plenary/storage';
import type { Server as SocketServer } from 'socket.io';
import { CollabEndpoint } from './collab/CollabEndpoint.js';
import type { Config } from './config.js';
import { createApp } from './http/createApp.js';
import { createLogger, type Logger } from './logger.js';
import { createSocketServer } from './realtime/createSocketServer.js';
import { StatementService } from './statements/StatementService.js';
import { version } from './version.js';

export class PlenaryServer {
  readonly logger: Logger;
  readonly rooms: RoomRegistry;
  readonly statements: StatementService;
  readonly documents: SqliteDocumentStore;
  private readonly db: SqliteDatabase;
  private readonly http: Server;
  private readonly io: SocketServer;
  private readonly collab: CollabEndpoint;
  private closing: Promise<void> | undefined;

  constructor(
    readonly config: Config,
    logger?: Logger,
  ) {
    this.logger = logger ?? createLogger(config.logLevel);
    this.db = openSqlite(config.dataDir, { durability: config.sqliteDurability });
    this.documents = new SqliteDocumentStore(this.db);
    this.rooms = new RoomRegistry({
      store: this.documents,
      compactAfterUpdates: config.compactAfterUpdates,
      unloadAfterMs: config.unloadAfterMs,
      onStored: (id) => void this.statements.textChanged(id),
      onError: (err, context) => this.logger.error({ err, ...context }, 'collab room error'),
    });
    this.statements = new StatementService(new SqliteStatementRepository(this.db), this.rooms);
    const app = createApp({ config, logger: this.logger, statements: this.statements, version });
    this.http = createServer(app);
    this.io = createSocketServer(this.http, {
      statements: this.statements,
      logger: this.logger,
      publicOrigin: config.publicOrigin,
    });
    this.collab = new CollabEndpoint({
      rooms: this.rooms,
      statementExists: (id) => this.statements.exists(id),
      logger: this.logger,
      publicOrigin: config.publicOrigin,
      maxMessageBytes: config.collabMaxMessageBytes,
    });
    this.collab.attach(this.http);
  }

  /** Starts listening; resolves with the URL clients use. */
  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.config.port, this.config.host, () => {
        this.http.off('error', reject);
        const url = this.url;
        this.logger.info({ url, dataDir: this.config.dataDir, version }, 'Plenary listening');
        resolve(url);
      });
    });
  }

  get url(): string {
    const { port } = this.http.address() as AddressInfo;
    const host = ['0.0.0.0', '::'].includes(this.config.host) ? 'localhost' : this.config.host;
    return `http://${host}:${port}`;
  }

  /** Stops accepting work, stores and compacts every open document, then closes the database. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.collab.close();
    await this.rooms.closeAll(CloseCode.ServiceRestart);
    await new Promise<void>((resolve) => void this.io.close(() => resolve()));
    this.http.closeAllConnections();
    this.db.close();
    this.logger.info('Plenary stopped');
  }
}
