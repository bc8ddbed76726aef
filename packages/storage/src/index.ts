export { AuditLog, type AuditEventInput } from './AuditLog.js';
export type {
  DatabaseSchema,
  DelegationKind,
  InvitationRole,
  NotificationKind,
  AmendmentAction,
  AmendmentStatus,
  OutcomeKind,
  OutcomeStatus,
  ParagraphStatus,
  RevisionStatus,
  Role,
  StatementStatus,
  VersionKind,
} from './DatabaseSchema.js';
export { DebateRepository } from './DebateRepository.js';
export { DelegationRepository, type DelegationWork } from './DelegationRepository.js';
export { DeviceRepository } from './DeviceRepository.js';
export type { Dialect } from './Dialect.js';
export {
  DiscussionPointRepository,
  type ConceptNoteSource,
  type DebatePoints,
  type LabelledText,
} from './DiscussionPointRepository.js';
export { DocumentLog } from './DocumentLog.js';
export { WalIndex } from './WalCheckpointer.js';
export { InvitationRepository } from './InvitationRepository.js';
export {
  migrate,
  migrationStatus,
  openSqliteDatabase,
  SQLITE_FILE_NAME,
  type PlenaryDb,
} from './openSqliteDatabase.js';
export { openPostgresDatabase } from './openPostgresDatabase.js';
export type {
  AuditEventRecord,
  DebateFields,
  DebateRecord,
  DelegationRecord,
  InvitationRecord,
  MemberRecord,
  MembershipRecord,
  StatementRecord,
  UserRecord,
} from './records.js';
export {
  ReferenceLibrary,
  SNIPPET_END,
  SNIPPET_START,
  toFtsQuery,
  toTsQuery,
  type ReferenceDocumentRecord,
  type ReferenceFootnote,
  type ReferenceParagraph,
  type SearchHit,
} from './ReferenceLibrary.js';
export { SessionRepository, type SessionRow } from './SessionRepository.js';
export { StatementRepository } from './StatementRepository.js';
export { Stores } from './Stores.js';
export { UserRepository } from './UserRepository.js';
export { exportData, importData, TRANSFER_TABLES } from './dataTransfer.js';
export { CommentRepository, type CommentRecord, type ThreadRecord } from './CommentRepository.js';
export {
  NotificationRepository,
  type NoticeInput,
  type NotificationRecord,
} from './NotificationRepository.js';
export { ScheduledJobs } from './ScheduledJobs.js';
export { VersionRepository, type VersionRecord } from './VersionRepository.js';
export {
  ExportJobRepository,
  type ExportJobRecord,
  type ExportJobStatus,
} from './ExportJobRepository.js';
export {
  OutcomeRepository,
  revisionName,
  type OutcomeRecord,
  type RevisionRecord,
} from './OutcomeRepository.js';
export {
  AmendmentRepository,
  type AmendmentRecord,
  type ParagraphStatusRecord,
  type PositionRecord,
} from './AmendmentRepository.js';
