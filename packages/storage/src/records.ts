// Rows as the rest of Plenary sees them: camelCase, no password hashes unless asked for.
import type { DelegationKind, InvitationRole, Role, StatementStatus } from './DatabaseSchema.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface DebateRecord {
  id: string;
  theme: string;
  body: string | null;
  meetingDate: string | null;
  meetingTime: string | null;
  /** The Security Council presidency; null for a debate the presidency does not convene. */
  presidency: string | null;
  /** Who convenes it otherwise: "Estonia and Niger", "the President of the General Assembly". */
  convener: string | null;
  format: string | null;
  speakingLimitMinutes: number | null;
  submissionEmail: string | null;
  submissionDeadline: string | null;
  expectedOutcome: string | null;
  /** When true, a statement over the speaking limit cannot be sent for review or submitted. */
  speakingLimitStrict: boolean;
  /** A training exercise: teams are delegations, trainers (organizers) read every draft. */
  trainingExercise: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type DebateFields = Omit<
  DebateRecord,
  | 'id'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'speakingLimitStrict'
  | 'convener'
  | 'trainingExercise'
> & { speakingLimitStrict?: boolean; convener?: string | null; trainingExercise?: boolean };

export interface DelegationRecord {
  id: string;
  debateId: string;
  name: string;
  kind: DelegationKind;
  createdAt: string;
  /** Speaking rate for the time meter, in the usual language's unit (default 120). */
  wordsPerMinute: number;
  /** The delegation's usual language (ar, zh, en, fr, ru or es): new statements start in it. */
  language: string;
}

export interface MembershipRecord {
  delegationId: string;
  debateId: string;
  userId: string;
  role: Role;
}

export interface MemberRecord extends MembershipRecord {
  email: string;
  displayName: string;
  /** Who granted the role (the organizer, or whoever sent the invitation); null if unknown. */
  addedBy: { id: string; displayName: string } | null;
}

export interface InvitationRecord {
  id: string;
  debateId: string;
  delegationId: string | null;
  email: string;
  role: InvitationRole;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  /** Who accepted it, to tell them apart from someone else opening a used link. */
  acceptedBy: string | null;
  revokedAt: string | null;
}

export interface StatementRecord {
  id: string;
  debateId: string;
  title: string;
  status: StatementStatus;
  /** Starts at 1; reopening a submitted statement starts the next revision. */
  revision: number;
  clearedVersionId: string | null;
  submittedVersionId: string | null;
  delegationIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** ar, zh, en, fr, ru or es. */
  language: string;
  /** Why a reviewer sent it back to draft; cleared by the next status change. */
  sentBack: { reason: string; by: string | null; byName: string | null; at: string } | null;
  /** Set while the statement is in the Trash. */
  deletedAt: string | null;
  deletedBy: string | null;
}

export interface AuditEventRecord {
  id: number;
  at: string;
  actorId: string | null;
  action: string;
  debateId: string | null;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}
