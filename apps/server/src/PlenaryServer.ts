// Composition root: wires storage, rooms, HTTP, socket.io and the collab endpoint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode, RoomRegistry } from '@plenary/collab';
import { openSqliteDatabase, Stores } from '@plenary/storage';
import type { Server as SocketServer } from 'socket.io';
import { AccountService } from './accounts/AccountService.js';
import { authRouter } from './auth/authRouter.js';
import { SessionService } from './auth/SessionService.js';
import { CollabAccess } from './collab/CollabAccess.js';
import { CollabEndpoint } from './collab/CollabEndpoint.js';
import type { Config } from './config.js';
import { DebateService } from './debates/DebateService.js';
import { debatesRouter } from './debates/debatesRouter.js';
import { invitationLinksRouter } from './debates/invitationLinksRouter.js';
import { InvitationService } from './debates/InvitationService.js';
import { createApp } from './http/createApp.js';
import { libraryRouter } from './library/libraryRouter.js';
import { LibraryService } from './library/LibraryService.js';
import { describeRoutes } from './http/describeRoutes.js';
import { AccessRevoker } from './live/AccessRevoker.js';
import { LiveConnections } from './live/LiveConnections.js';
import { createLogger, type Logger } from './logger.js';
import { createSocketServer } from './realtime/createSocketServer.js';
import { statementsRouter } from './statements/statementsRouter.js';
import { StatementService } from './statements/StatementService.js';
import { version } from './version.js';

export class PlenaryServer {
  readonly rooms: RoomRegistry;
  readonly accounts: AccountService;
  readonly statements: StatementService;
  readonly live = new LiveConnections();
  /** `METHOD /api/path` of every API route except health. */
  readonly apiRoutes: string[];
  private readonly http: Server;
  private readonly io: SocketServer;
  private readonly collab: CollabEndpoint;
  private closing: Promise<void> | undefined;

  /** Opens the store (applying migrations) and builds the server; call `listen()` next. */
  static async create(config: Config, logger?: Logger): Promise<PlenaryServer> {
    const db = await openSqliteDatabase(config.dataDir, { durability: config.sqliteDurability });
    return new PlenaryServer(config, new Stores(db), logger ?? createLogger(config.logLevel));
  }

  private constructor(
    readonly config: Config,
    readonly stores: Stores,
    readonly logger: Logger,
  ) {
    this.rooms = new RoomRegistry({
      store: stores.documents,
      compactAfterUpdates: config.compactAfterUpdates,
      unloadAfterMs: config.unloadAfterMs,
      onStored: (id) => void this.statements.textChanged(id),
      onError: (err, context) => this.logger.error({ err, ...context }, 'collab room error'),
    });
    const sessions = new SessionService(stores);
    const revoker = new AccessRevoker(stores, this.live);
    this.accounts = new AccountService(stores);
    this.statements = new StatementService(stores, this.rooms);
    const debates = new DebateService(stores, revoker);
    const invitations = new InvitationService(stores, debates, this.accounts, revoker);
    const secureCookies = config.publicOrigin?.startsWith('https:') ?? false;
    const publicUrl = (path: string): string => `${config.publicOrigin ?? this.url}${path}`;

    const routers = [
      authRouter({
        accounts: this.accounts,
        sessions,
        stores,
        live: this.live,
        secureCookies,
        rateLimit: config.authRateLimit,
      }),
      invitationLinksRouter(invitations, sessions, secureCookies, config.authRateLimit),
      debatesRouter(stores, debates, invitations, publicUrl),
      statementsRouter(stores, this.statements),
      libraryRouter(stores, new LibraryService(stores, debates)),
    ];
    this.apiRoutes = describeRoutes(routers);
    const app = createApp({
      publicOrigin: config.publicOrigin,
      webDist: config.webDist,
      logger,
      sessions,
      version,
      routers,
    });
    this.http = createServer(app);
    this.io = createSocketServer(this.http, {
      stores,
      sessions,
      statements: this.statements,
      debates,
      live: this.live,
      logger,
      publicOrigin: config.publicOrigin,
    });
    this.collab = new CollabEndpoint({
      rooms: this.rooms,
      access: new CollabAccess(stores, sessions),
      live: this.live,
      logger,
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
    await this.stores.close();
    this.logger.info('Plenary stopped');
  }
}
