// Composition root: wires storage, rooms, HTTP, socket.io and the collab endpoint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode, closeReason, type RoomRegistry, warmUpYjs } from '@plenary/collab';
import type { Stores } from '@plenary/storage';
import { DocumentParserPool } from '@plenary/un-docs/pool';
import type { Server as SocketServer } from 'socket.io';
import { AccountService } from './accounts/AccountService.js';
import { CredentialCheck } from './auth/CredentialCheck.js';
import { LoginThrottle } from './auth/LoginThrottle.js';
import { SessionService } from './auth/SessionService.js';
import { LocalClusterEvents } from './cluster/ClusterEvents.js';
import { reconcileRooms } from './cluster/reconcileRooms.js';
import type { RedisCluster } from './cluster/RedisCluster.js';
import { ActorCache } from './collab/ActorCache.js';
import { CollabAccess } from './collab/CollabAccess.js';
import { CollabEndpoint } from './collab/CollabEndpoint.js';
import { warmUpOpen } from './collab/warmUpOpen.js';
import { collectStartGarbage } from './memory/collectStartGarbage.js';
import { IdleCollector } from './memory/IdleCollector.js';
import { compactCrashLogs } from './collab/compactCrashLogs.js';
import { ConnectionAttributions } from './collab/ConnectionAttributions.js';
import { statementRooms } from './collab/statementRooms.js';
import type { Config } from './config.js';
import { DebateService } from './debates/DebateService.js';
import { InvitationService } from './debates/InvitationService.js';
import { CommentService } from './comments/CommentService.js';
import { CompilationService } from './export/CompilationService.js';
import { ExportService } from './export/ExportService.js';
import { CoverageService } from './drafting/CoverageService.js';
import { apiRouters } from './http/apiRouters.js';
import { createApp } from './http/createApp.js';
import { publicUrlFor } from './http/publicUrl.js';
import { VersionService } from './versions/VersionService.js';
import { WorkflowService } from './workflow/WorkflowService.js';
import { describeRoutes } from './http/describeRoutes.js';
import { AccessRevoker } from './live/AccessRevoker.js';
import { LiveConnections } from './live/LiveConnections.js';
import { createLogger, type Logger } from './logger.js';
import { describeRedis, describeStore } from './describeStore.js';
import { openStores } from './openStores.js';
import { createSocketServer } from './realtime/createSocketServer.js';
import { TrashPurger } from './trash/TrashPurger.js';
import { OutcomeNotices } from './outcome/OutcomeNotices.js';
import { OutcomeDocument } from './outcome/OutcomeDocument.js';
import { OutcomeService } from './outcome/OutcomeService.js';
import { RevisionService } from './outcome/RevisionService.js';
import { SilenceProcedure } from './outcome/SilenceProcedure.js';
import { StatementService } from './statements/StatementService.js';
import { version } from './version.js';

/** A warm-up open that takes longer only leaves the first real open slow. */
const WARM_UP_SOCKET_TIMEOUT_MS = 2_000;

export class PlenaryServer {
  readonly rooms: RoomRegistry;
  readonly accounts: AccountService;
  readonly statements: StatementService;
  readonly versions: VersionService;
  readonly coverage: CoverageService;
  readonly workflow: WorkflowService;
  readonly trashPurger: TrashPurger;
  readonly outcomes: OutcomeService;
  /** Adopts revisions whose silence passed; tests call `tick(now)` with an advanced clock. */
  readonly silence: SilenceProcedure;
  readonly live = new LiveConnections();
  /** Reads uploads in worker threads, off the event loop. */
  private readonly parser = new DocumentParserPool();
  /** `METHOD /path` of every HTTP route the app answers (the authorization matrix checks it). */
  readonly apiRoutes: string[];
  private readonly http: Server;
  private readonly io: SocketServer;
  /** The collab endpoint (its `warmUp` is run at start; tests run it again). */
  readonly collab: CollabEndpoint;
  private readonly actors: ActorCache;
  private closing: Promise<void> | undefined;
  /** Gives back the young heap once the server has been at rest (see IdleCollector). */
  idleCollector: IdleCollector | undefined;

  private readonly reconcileTimer: NodeJS.Timeout | undefined;

  /** Opens the store (applying migrations) and builds the server; call `listen()` next. */
  static async create(
    config: Config,
    logger = createLogger(config.logLevel),
  ): Promise<PlenaryServer> {
    const stores = await openStores(config, logger);
    const redisName = `plenary-${config.databaseSchema ?? 'public'}-${process.pid}`;
    // Redis (and its client library) is loaded only in the scaled mode.
    const redis = config.redisUrl
      ? new (await import('./cluster/RedisCluster.js')).RedisCluster(
          config.redisUrl,
          logger,
          redisName,
        )
      : undefined;
    await redis?.ready();
    return new PlenaryServer(config, stores, logger, redis);
  }

  private constructor(
    readonly config: Config,
    readonly stores: Stores,
    readonly logger: Logger,
    private readonly redis: RedisCluster | undefined,
  ) {
    const cluster = redis ?? new LocalClusterEvents();
    cluster.on((event) => {
      if (event.type === 'session-ended') {
        this.live.closeSession(
          event.sessionId,
          CloseCode.Unauthorized,
          closeReason[CloseCode.Unauthorized],
        );
      }
    });
    const attributions = new ConnectionAttributions();
    this.rooms = statementRooms(config, stores, redis, attributions, logger, () => [
      { name: 'touch', textChanged: (id) => this.statements.textChanged(id) },
      { name: 'version', textChanged: (id) => this.versions.textChanged(id) },
      { name: 'coverage', textChanged: (id) => this.coverage.textChanged(id) },
      { name: 'workflow check', textChanged: (id) => this.workflow.textChanged(id) },
    ]);
    const sessions = new SessionService(stores, cluster);
    const revoker = new AccessRevoker(stores, this.live, cluster);
    this.accounts = new AccountService(stores);
    this.statements = new StatementService(stores, this.rooms);
    const debates = new DebateService(stores, revoker);
    const secureCookies = config.publicOrigin?.startsWith('https:') ?? false;
    const limits = {
      failuresPerAccount: config.authFailuresPerAccount,
      failuresPerAddress: config.authRateLimit,
      windowSeconds: config.authWindowSeconds,
    };
    const throttle = redis
      ? LoginThrottle.inRedis(limits, redis.publisher, config.databaseSchema ?? 'public')
      : LoginThrottle.inMemory(limits);
    const credentials = new CredentialCheck(
      stores,
      this.accounts,
      sessions,
      throttle,
      secureCookies,
    );
    const invitations = new InvitationService(stores, debates, this.accounts, credentials, revoker);
    const publicUrl = publicUrlFor(config.publicOrigin, () => this.url);

    const comments = new CommentService(stores, this.statements);
    this.coverage = new CoverageService(stores, this.rooms, debates, logger);
    const exports = new ExportService(stores, this.rooms, this.statements);
    const compilations = new CompilationService(stores, debates, exports, logger);
    this.versions = new VersionService(
      stores,
      this.rooms,
      this.statements,
      config.autoVersionAfterMs,
      logger,
    );
    this.workflow = new WorkflowService(
      stores,
      this.rooms,
      this.statements,
      this.versions,
      cluster,
      this.coverage,
    );
    const notices = new OutcomeNotices(stores, this.statements, revoker, logger);
    this.outcomes = new OutcomeService(stores, new OutcomeDocument(this.rooms), notices);
    const revisions = new RevisionService(stores, this.outcomes, this.versions, notices);
    this.silence = new SilenceProcedure(
      stores,
      this.outcomes,
      notices,
      { checkEveryMs: config.silenceCheckIntervalMs },
      logger,
    );
    const routers = apiRouters({
      config,
      stores,
      rooms: this.rooms,
      parser: this.parser,
      accounts: this.accounts,
      sessions,
      credentials,
      secureCookies,
      invitations,
      debates,
      publicUrl,
      statements: this.statements,
      comments,
      versions: this.versions,
      workflow: this.workflow,
      exports,
      compilations,
      coverage: this.coverage,
      outcomes: this.outcomes,
      revisions,
      silence: this.silence,
    });
    const app = createApp({
      publicOrigin: config.publicOrigin,
      webDist: config.webDist,
      logger,
      sessions,
      stores,
      version,
      trustProxy: config.trustProxy,
      routers,
    });
    this.apiRoutes = describeRoutes(app);
    this.http = createServer(app);
    this.io = createSocketServer(this.http, {
      stores,
      sessions,
      statements: this.statements,
      debates,
      comments,
      coverage: this.coverage,
      compilations,
      live: this.live,
      logger,
      publicOrigin: config.publicOrigin,
    });
    this.actors = new ActorCache(stores, sessions, cluster);
    this.collab = new CollabEndpoint({
      rooms: this.rooms,
      access: new CollabAccess(stores, this.actors, this.workflow),
      live: this.live,
      logger,
      publicOrigin: config.publicOrigin,
      maxMessageBytes: config.collabMaxMessageBytes,
      heartbeatMs: config.collabHeartbeatMs,
      attributions,
    });
    this.collab.attach(this.http);
    this.trashPurger = new TrashPurger(
      stores,
      { retentionDays: config.trashRetentionDays, intervalMs: config.trashPurgeIntervalMs },
      logger,
    );
    this.trashPurger.start();
    this.silence.startTimer();
    this.reconcileTimer = reconcileRooms(
      this.io,
      this.rooms,
      this.coverage,
      redis,
      config.reconcileIntervalMs,
    );
  }

  /** Starts listening; resolves with the URL clients use. */
  async listen(): Promise<string> {
    // Compiled (and the open's queries prepared) before anyone waits: the first statement
    // opened otherwise pays for it.
    warmUpYjs(this.config.collabWarmUpRounds);
    if (!this.config.databaseUrl) {
      await compactCrashLogs(this.stores.documents, this.config.compactOnStartMs, this.logger);
      // What a crash left in the WAL, and what the compactions wrote, copied before listening.
      this.stores.settleWal();
    }
    if (this.config.collabWarmUpRounds > 0) {
      await warmUpOpen(this.stores, this.actors);
      // Scaled mode is left out: its rooms subscribe on the bus, which may not be up yet.
      if (!this.redis) {
        const synced = await this.collab.warmUp(WARM_UP_SOCKET_TIMEOUT_MS);
        this.logger.debug({ synced }, 'collab socket warm-up');
      }
      collectStartGarbage();
    }
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.config.port, this.config.host, () => {
        this.http.off('error', reject);
        this.idleCollector ??= new IdleCollector(this.config.idleCollectAfterMs, this.logger);
        const url = this.url;
        this.logger.info(
          { url, store: describeStore(this.config), redis: describeRedis(this.config), version },
          'Plenary listening',
        );
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
    clearInterval(this.reconcileTimer);
    this.idleCollector?.stop();
    await this.trashPurger.stop();
    await this.silence.stop();
    this.versions.dispose();
    this.coverage.dispose();
    this.collab.close();
    await this.rooms.closeAll(CloseCode.ServiceRestart);
    await this.statements.flushTouches();
    await new Promise<void>((resolve) => void this.io.close(() => resolve()));
    this.http.closeAllConnections();
    await this.redis?.close();
    await this.parser.close();
    await this.stores.close();
    this.logger.info('Plenary stopped');
  }
}
