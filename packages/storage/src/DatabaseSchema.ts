// Table types for the query builder. Timestamps are ISO 8601 strings; booleans are 0/1,
// so the same code runs on SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export type Role = 'drafter' | 'reviewer' | 'viewer';
export type InvitationRole = Role | 'organizer';
export type DelegationKind =
  'member_state' | 'observer' | 'regional_organization' | 'training_team';
export type StatementStatus = 'draft' | 'in_review' | 'cleared' | 'submitted';

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  is_admin: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface DebatesTable {
  id: string;
  theme: string;
  body: string | null;
  meeting_date: string | null;
  meeting_time: string | null;
  presidency: string | null;
  /** Who convenes a debate not held under the Council presidency (migration 010). */
  convener: string | null;
  format: string | null;
  speaking_limit_minutes: number | null;
  submission_email: string | null;
  submission_deadline: string | null;
  expected_outcome: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  speaking_limit_strict: number;
  president_salutation: string | null;
  deleted_at: string | null;
  deleted_by: string | null;
  /** 1 when the debate is a training exercise: trainers (organizers) read every team's drafts. */
  training_exercise: number;
}

export interface DebateOrganizersTable {
  debate_id: string;
  user_id: string;
  created_at: string;
}

export interface DelegationsTable {
  id: string;
  debate_id: string;
  name: string;
  kind: DelegationKind;
  created_at: string;
  words_per_minute: Generated<number>;
  /** ar, zh, en, fr, ru or es: the language new statements of the delegation start in. */
  language: Generated<string>;
}

export interface MembershipsTable {
  delegation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
  /** Who granted this role (an organizer, or the inviter); null for older rows. */
  added_by: string | null;
}

export interface KnownDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  debate_id: string;
  delegation_id: string | null;
  email: string;
  role: InvitationRole;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface StatementsTable {
  id: string;
  debate_id: string;
  title: string;
  status: StatementStatus;
  revision: number;
  cleared_version_id: string | null;
  submitted_version_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** ar, zh, en, fr, ru or es. */
  language: string;
  sent_back_reason: string | null;
  sent_back_by: string | null;
  sent_back_at: string | null;
  deleted_at: string | null;
  deleted_by: string | null;
}

export interface StatementDelegationsTable {
  statement_id: string;
  delegation_id: string;
}

export interface DocumentUpdatesTable {
  seq: Generated<number>;
  document_id: string;
  data: Uint8Array;
  is_snapshot: number;
  created_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  action: string;
  debate_id: string | null;
  subject_type: string;
  subject_id: string;
  data: string;
}

export interface DiscussionPointsTable {
  debate_id: string;
  kind: 'point' | 'objective';
  label: string;
  text: string;
  position: number;
}

export interface ConceptNotesTable {
  debate_id: string;
  file_name: string;
  format: string;
  text: string;
  symbol: string | null;
  imported_by: string;
  imported_at: string;
}

export interface ReferenceDocumentsTable {
  id: string;
  debate_id: string;
  symbol: string | null;
  title: string;
  date: string | null;
  file_name: string;
  format: string;
  paragraph_count: number;
  footnotes: string;
  uploaded_by: string;
  created_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

export interface ReferenceParagraphsTable {
  id: Generated<number>;
  document_id: string;
  number: number;
  heading: string | null;
  text: string;
}

export interface CommentThreadsTable {
  id: string;
  statement_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  status: 'open' | 'resolved';
  created_by: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface CommentsTable {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  mentions: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  deleted_by: string | null;
}

export type NotificationKind =
  | 'mention'
  | 'sent_back'
  | 'statement_deleted'
  | 'statement_reopened'
  | 'outcome_circulated'
  | 'outcome_silence'
  | 'outcome_silence_broken'
  | 'outcome_adopted';

export interface NotificationsTable {
  id: Generated<number>;
  user_id: string;
  kind: NotificationKind;
  debate_id: string;
  statement_id: string;
  /** Set for mentions only. */
  thread_id: string | null;
  comment_id: string | null;
  actor_id: string;
  created_at: string;
  read_at: string | null;
  /** JSON: what a status notice says (the send-back reason, the statement's title). */
  data: Generated<string>;
}

export interface ScheduledJobsTable {
  name: string;
  last_run_at: string | null;
}

export type VersionKind = 'named' | 'auto' | 'status' | 'restore';

export interface StatementVersionsTable {
  id: string;
  statement_id: string;
  revision: number;
  kind: VersionKind;
  name: string;
  state: Uint8Array;
  text: string;
  created_by: string | null;
  created_at: string;
}

export interface ExportJobsTable {
  id: string;
  debate_id: string;
  requested_by: string;
  format: string;
  status: string;
  done: number;
  total: number;
  file_name: string | null;
  result: Uint8Array | null;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

export type OutcomeKind =
  'presidential_statement' | 'resolution' | 'chairs_summary' | 'training_outcome';
/** drafting → under silence → adopted (frozen); a broken silence goes back to drafting. */
export type OutcomeStatus = 'drafting' | 'silence' | 'adopted';
export type RevisionStatus = 'circulated' | 'silence' | 'silence_broken' | 'adopted';
export type AmendmentAction = 'replace' | 'insert_after' | 'delete';
export type AmendmentStatus = 'proposed' | 'accepted' | 'rejected';
export type ParagraphStatus = 'agreed' | 'open' | 'bracketed';

export interface OutcomeDocumentsTable {
  id: string;
  debate_id: string;
  statement_id: string;
  kind: OutcomeKind;
  /** Null: the presidency (the debate's organizers) holds the pen. */
  penholder_delegation_id: string | null;
  status: OutcomeStatus;
  silence_revision_id: string | null;
  silence_deadline: string | null;
  created_by: string;
  created_at: string;
}

export interface OutcomeRevisionsTable {
  id: string;
  outcome_id: string;
  /** 0 is the zero draft, then Rev. 1, Rev. 2… */
  number: number;
  version_id: string;
  status: RevisionStatus;
  circulated_by: string;
  circulated_at: string;
  silence_broken_by: string | null;
  silence_broken_reason: string | null;
  adopted_at: string | null;
}

export interface OutcomeAmendmentsTable {
  id: string;
  outcome_id: string;
  delegation_id: string;
  /** 1-based paragraph of the text as it stood when proposed. */
  paragraph: number;
  action: AmendmentAction;
  original_text: string;
  proposed_text: string;
  justification: string;
  status: AmendmentStatus;
  /** The text the penholder put in (the proposal, or a reformulation of it). */
  decided_text: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_by: string;
  created_at: string;
  /** The id of the suggestion marks this amendment is in the text (null: proposed by form). */
  suggestion_id: string | null;
}

export interface OutcomePositionsTable {
  amendment_id: string;
  delegation_id: string;
  stance: 'support' | 'object';
  comment: string;
  user_id: string;
  created_at: string;
}

export interface OutcomeParagraphsTable {
  outcome_id: string;
  /** The paragraph node's `paragraphId` attribute. */
  paragraph_id: string;
  status: ParagraphStatus;
  /** JSON array of the delegation ids holding the brackets. */
  holders: string;
  updated_by: string;
  updated_at: string;
}

export interface DatabaseSchema {
  outcome_documents: OutcomeDocumentsTable;
  outcome_revisions: OutcomeRevisionsTable;
  outcome_amendments: OutcomeAmendmentsTable;
  outcome_positions: OutcomePositionsTable;
  outcome_paragraphs: OutcomeParagraphsTable;
  scheduled_jobs: ScheduledJobsTable;
  export_jobs: ExportJobsTable;
  statement_versions: StatementVersionsTable;
  comment_threads: CommentThreadsTable;
  comments: CommentsTable;
  notifications: NotificationsTable;
  discussion_points: DiscussionPointsTable;
  concept_notes: ConceptNotesTable;
  reference_documents: ReferenceDocumentsTable;
  reference_paragraphs: ReferenceParagraphsTable;
  users: UsersTable;
  sessions: SessionsTable;
  known_devices: KnownDevicesTable;
  debates: DebatesTable;
  debate_organizers: DebateOrganizersTable;
  delegations: DelegationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  statements: StatementsTable;
  statement_delegations: StatementDelegationsTable;
  document_updates: DocumentUpdatesTable;
  audit_events: AuditEventsTable;
}
