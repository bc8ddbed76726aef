// What the server sends: every resource of the REST and socket.io APIs, as one zod schema each.
// The web app parses with these and the integration suites check the server against them.
// Written with zod/mini, whose functions tree-shake: the web app's first load pays only for
// the schemas it parses with. Objects strip fields they do not name.
import { STATEMENT_LANGUAGES } from '@plenary/statement-model/languages';
import * as z from 'zod/mini';
import { maybe, meetingFields, text } from './fields.js';

export const StatementLanguage = z.enum(STATEMENT_LANGUAGES);
export const DelegationRole = z.enum(['drafter', 'reviewer', 'viewer']);
export const InvitedRole = z.enum(['drafter', 'reviewer', 'viewer', 'organizer']);
export const DelegationKind = z.enum([
  'member_state',
  'observer',
  'regional_organization',
  'training_team',
]);
export const StatementStatus = z.enum(['draft', 'in_review', 'cleared', 'submitted']);
export const WorkflowAction = z.enum(['send_for_review', 'clear', 'send_back', 'submit', 'reopen']);

export const User = z.object({
  id: text,
  email: text,
  displayName: text,
  isAdmin: z.boolean(),
});

export const Debate = z.object({
  id: text,
  theme: text,
  ...meetingFields,
  /** Over the limit, a statement cannot be sent for review or submitted. */
  speakingLimitStrict: z.boolean(),
  /** A training exercise: trainers (organizers) read and comment on every team's drafts. */
  trainingExercise: z.optional(z.boolean()),
  /** How the presidency's representative is addressed, when the organizer knows. */
  presidentSalutation: maybe(z.enum(['Mr. President,', 'Madam President,'])),
  submissionEmail: maybe(text),
  /** "YYYY-MM-DD" */
  submissionDeadline: maybe(text),
  deletedAt: maybe(text),
});

export const Delegation = z.object({
  id: text,
  debateId: text,
  name: text,
  kind: DelegationKind,
  /** Speaking rate in the usual language's unit (words; characters for Chinese). */
  wordsPerMinute: z.number(),
  /** The usual language, which new statements start in. */
  language: StatementLanguage,
});

/** What the current user may do with a delegation; the server's policy, sent with it. */
export const DelegationAbilities = z.object({
  /** Change its usual language and speaking rate. */
  changeSettings: z.boolean(),
  /** See who its members are. */
  readMembers: z.boolean(),
});

/** What the current user may do with a statement; the server's policy, sent with it. */
export const StatementAbilities = z.object({
  /** Change the text (collab write access). */
  edit: z.boolean(),
  /** Propose changes as suggestions (Suggesting mode); reviewers can only do this. */
  suggest: z.boolean(),
  comment: z.boolean(),
  rename: z.boolean(),
  delete: z.boolean(),
  saveVersion: z.boolean(),
  restoreVersion: z.boolean(),
  export: z.boolean(),
  /** The workflow actions open to the user now, in the order they are offered. */
  transitions: z.array(WorkflowAction),
});

export const Statement = z.object({
  id: text,
  debateId: text,
  title: text,
  /** draft → in_review → cleared → submitted. */
  status: StatementStatus,
  /** Starts at 1; reopening a submitted statement starts the next revision. */
  revision: z.number(),
  /** The version recorded when a reviewer last cleared the statement. */
  clearedVersionId: maybe(text),
  submittedVersionId: maybe(text),
  /** The owning delegations; several for a joint statement. */
  delegationIds: z.array(text),
  language: StatementLanguage,
  createdAt: text,
  updatedAt: text,
  /** Why a reviewer sent it back to draft; kept until the next status change. */
  sentBack: maybe(z.object({ reason: text, by: maybe(text), byName: maybe(text), at: text })),
  /** Set while the statement is in the Trash. */
  deletedAt: z.optional(maybe(text)),
  /** Sent on answers addressed to one person (REST); absent on broadcasts. */
  abilities: z.optional(StatementAbilities),
});

export const Member = z.object({
  userId: text,
  email: text,
  displayName: text,
  role: DelegationRole,
  /** Who granted the role (an organizer, or whoever sent the invitation), if known. */
  addedBy: maybe(z.object({ id: text, displayName: text })),
});

/** Someone in a statement's delegations, who can be `@mentioned`. */
export const Mentionable = z.object({ userId: text, displayName: text, role: DelegationRole });

export const Invitation = z.object({
  id: text,
  email: text,
  role: InvitedRole,
  delegationId: maybe(text),
  expiresAt: text,
  acceptedAt: maybe(text),
  revokedAt: maybe(text),
});

export const InvitationPreview = z.object({
  email: text,
  role: InvitedRole,
  debateTheme: text,
  delegationName: maybe(text),
  expiresAt: text,
});

export const AuditEvent = z.object({
  id: z.number(),
  at: text,
  actorId: maybe(text),
  /** "statement.clear", "version.restored", "thread.resolved"… */
  action: text,
  data: z.record(text, z.unknown()),
});

export const HistoryEvent = z.extend(AuditEvent, {
  /** Null for changes the system made itself (an edit after clearance). */
  actorName: maybe(text),
});

export const Version = z.object({
  id: text,
  statementId: text,
  revision: z.number(),
  kind: z.enum(['named', 'auto', 'status', 'restore']),
  name: text,
  text,
  createdBy: maybe(text),
  createdByName: maybe(text),
  createdAt: text,
});

export const RedlinePart = z.object({ kind: z.enum(['equal', 'insert', 'delete']), text });

export const ThreadComment = z.object({
  id: text,
  threadId: text,
  authorId: text,
  authorName: text,
  /** Plain text, never HTML; empty once deleted. */
  body: text,
  /** Ids of the people mentioned as `@Display Name` in the body. */
  mentions: z.array(text),
  createdAt: text,
  editedAt: maybe(text),
  deletedAt: maybe(text),
});

export const Thread = z.object({
  id: text,
  statementId: text,
  anchor: z.object({ start: text, end: text }),
  /** The commented text when the thread was started. */
  quote: text,
  status: z.enum(['open', 'resolved']),
  createdBy: text,
  createdAt: text,
  resolvedBy: maybe(text),
  resolvedAt: maybe(text),
  /** All of the commented text has been deleted (as the server last saw the document). */
  orphaned: z.boolean(),
  comments: z.array(ThreadComment),
});

export const Notification = z.object({
  id: z.number(),
  kind: z.enum([
    'mention',
    'sent_back',
    'statement_deleted',
    'statement_reopened',
    'outcome_circulated',
    'outcome_silence',
    'outcome_silence_broken',
    'outcome_adopted',
  ]),
  debateId: text,
  statementId: text,
  statementTitle: text,
  /** Mentions only. */
  threadId: maybe(text),
  commentId: maybe(text),
  actorName: text,
  /** The start of the comment (empty once deleted), or a send-back's reason. */
  excerpt: text,
  createdAt: text,
  readAt: maybe(text),
});

export const ReadinessChecks = z.object({
  overLimit: maybe(
    z.object({ seconds: z.number(), overSeconds: z.number(), limitMinutes: z.number() }),
  ),
  limitIsStrict: z.boolean(),
  unaddressedPoints: z.array(text),
  openThreads: z.number(),
  emptySections: z.array(text),
  /** Suggestions nobody has accepted or rejected (Suggesting mode). */
  openSuggestions: z.number(),
});

/** One open suggestion of a statement (Suggesting mode), with where its parts are. */
export const Suggestion = z.object({
  id: text,
  authorId: text,
  createdAt: text,
  inserted: text,
  deleted: text,
  ranges: z.array(
    z.object({
      kind: z.enum(['insert', 'delete']),
      from: z.number(),
      to: z.number(),
      text,
    }),
  ),
});

export const StatementCoverage = z.object({
  statementId: text,
  title: text,
  status: StatementStatus,
  delegationIds: z.array(text),
  points: z.array(z.object({ label: text, words: z.number(), paragraphs: z.number() })),
  unaddressed: z.array(text),
  unknownPoints: z.array(text),
  /** Words, or characters for a Chinese statement (see `rate.unit`). */
  words: z.number(),
  seconds: z.number(),
  language: StatementLanguage,
  rate: z.object({ perMinute: z.number(), unit: z.enum(['words', 'characters']) }),
  limitMinutes: maybe(z.number()),
  overSeconds: maybe(z.number()),
  /** Point-tagged paragraphs (the template's sections) still empty, by point label. */
  emptySections: z.array(text),
});

export const ExportJob = z.object({
  id: text,
  status: z.enum(['running', 'done', 'failed']),
  /** Annexes written so far; `total` is the annexes plus assembling the file. */
  done: z.number(),
  total: z.number(),
  fileName: maybe(text),
  error: maybe(text),
});

export const SubmissionPack = z.object({
  /** `to`: null when the debate names no submission address. */
  email: z.object({ to: maybe(text), subject: text, body: text }),
  /** Where the statement's DOCX is downloaded. */
  docxUrl: text,
  /** The file name the DOCX downloads as. */
  attachment: maybe(text),
  /** The concept note's deadline for written statements, "YYYY-MM-DD". */
  deadline: maybe(text),
});

export const TrashedComment = z.object({
  id: text,
  statementId: text,
  authorName: text,
  body: text,
  statementTitle: text,
  deletedAt: text,
});

export type StatementLanguage = z.infer<typeof StatementLanguage>;
export type DelegationRole = z.infer<typeof DelegationRole>;
export type InvitedRole = z.infer<typeof InvitedRole>;
export type DelegationKind = z.infer<typeof DelegationKind>;
export type StatementStatus = z.infer<typeof StatementStatus>;
export type WorkflowAction = z.infer<typeof WorkflowAction>;
export type User = z.infer<typeof User>;
export type Debate = z.infer<typeof Debate>;
export type Delegation = z.infer<typeof Delegation>;
export type StatementAbilities = z.infer<typeof StatementAbilities>;
export type DelegationAbilities = z.infer<typeof DelegationAbilities>;
export type Statement = z.infer<typeof Statement>;
export type Member = z.infer<typeof Member>;
export type Mentionable = z.infer<typeof Mentionable>;
export type Invitation = z.infer<typeof Invitation>;
export type InvitationPreview = z.infer<typeof InvitationPreview>;
export type AuditEvent = z.infer<typeof AuditEvent>;
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export type Version = z.infer<typeof Version>;
export type RedlinePart = z.infer<typeof RedlinePart>;
export type ThreadComment = z.infer<typeof ThreadComment>;
export type Thread = z.infer<typeof Thread>;
export type Notification = z.infer<typeof Notification>;
export type ReadinessChecks = z.infer<typeof ReadinessChecks>;
export type StatementCoverage = z.infer<typeof StatementCoverage>;
export type ExportJob = z.infer<typeof ExportJob>;
export type SubmissionPack = z.infer<typeof SubmissionPack>;
export type TrashedComment = z.infer<typeof TrashedComment>;

export * from './documentRecords.js';
