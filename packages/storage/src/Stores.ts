import { AmendmentRepository } from './AmendmentRepository.js';
import { AuditLog } from './AuditLog.js';
import { CommentRepository } from './CommentRepository.js';
import { NotificationRepository } from './NotificationRepository.js';
import type { Dialect } from './Dialect.js';
import { DebateRepository } from './DebateRepository.js';
import { DeviceRepository } from './DeviceRepository.js';
import { DelegationRepository } from './DelegationRepository.js';
import { DiscussionPointRepository } from './DiscussionPointRepository.js';
import { DocumentLog } from './DocumentLog.js';
import { ExportJobRepository } from './ExportJobRepository.js';
import { InvitationRepository } from './InvitationRepository.js';
import { settleWal, type PlenaryDb } from './openSqliteDatabase.js';
import { OutcomeRepository } from './OutcomeRepository.js';
import { ReferenceLibrary } from './ReferenceLibrary.js';
import { SessionRepository } from './SessionRepository.js';
import { ScheduledJobs } from './ScheduledJobs.js';
import { StatementRepository } from './StatementRepository.js';
import { transact } from './transact.js';
import { UserRepository } from './UserRepository.js';
import { VersionRepository } from './VersionRepository.js';

/** Every repository over one database handle. */
export class Stores {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly devices: DeviceRepository;
  readonly debates: DebateRepository;
  readonly delegations: DelegationRepository;
  readonly invitations: InvitationRepository;
  readonly statements: StatementRepository;
  readonly documents: DocumentLog;
  readonly audit: AuditLog;
  readonly points: DiscussionPointRepository;
  readonly references: ReferenceLibrary;
  readonly comments: CommentRepository;
  readonly notifications: NotificationRepository;
  readonly versions: VersionRepository;
  readonly exportJobs: ExportJobRepository;
  readonly jobs: ScheduledJobs;
  readonly outcomes: OutcomeRepository;
  readonly amendments: AmendmentRepository;

  constructor(
    readonly db: PlenaryDb,
    readonly dialect: Dialect = 'sqlite',
  ) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.devices = new DeviceRepository(db);
    this.debates = new DebateRepository(db);
    this.delegations = new DelegationRepository(db);
    this.invitations = new InvitationRepository(db);
    this.statements = new StatementRepository(db);
    this.documents = new DocumentLog(db, dialect);
    this.audit = new AuditLog(db);
    this.points = new DiscussionPointRepository(db);
    this.references = new ReferenceLibrary(db, dialect);
    this.comments = new CommentRepository(db);
    this.notifications = new NotificationRepository(db);
    this.versions = new VersionRepository(db);
    this.exportJobs = new ExportJobRepository(db);
    this.jobs = new ScheduledJobs(db);
    this.outcomes = new OutcomeRepository(db);
    this.amendments = new AmendmentRepository(db);
  }

  /**
   * Runs `work` with every repository bound to one transaction: a change and its audit record
   * commit together or not at all. Inside, use only the stores passed in (on SQLite the
   * transaction holds the only connection, so the outer stores would wait for it).
   */
  transaction<T>(work: (stores: Stores) => Promise<T>): Promise<T> {
    return transact(this.db, (trx) => work(new Stores(trx, this.dialect)));
  }

  /**
   * On the embedded store, copies the WAL into the database file now, so that what a crash (or
   * the start's own compactions) left in it is not checkpointed while the first clients open
   * their statements. For the end of a start, before listening.
   */
  settleWal(): void {
    settleWal(this.db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
