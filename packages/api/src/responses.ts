// Answers made of several resources, and what the server pushes over socket.io.
import * as z from 'zod/mini';
import * as r from './records.js';

/** A statement as REST answers send it: with what the signed-in person may do with it. */
export const PresentedStatement = z.extend(r.Statement, { abilities: r.StatementAbilities });
export type PresentedStatement = z.infer<typeof PresentedStatement>;

export const ThreadAnswer = z.object({ thread: r.Thread });
export const JobAnswer = z.object({ job: r.ExportJob });

/** The debate page: the debate, its delegations with the user's role, and what they may do. */
export const DebateDetail = z.object({
  debate: r.Debate,
  delegations: z.array(
    z.extend(r.Delegation, {
      myRole: z.nullable(r.DelegationRole),
      abilities: r.DelegationAbilities,
    }),
  ),
  canManage: z.boolean(),
  /** The signed-in person's unread mentions in this debate's comments. */
  unreadMentions: z.number(),
  /** Whether the debate has an outcome document yet (its page is then worth asking for). */
  hasOutcome: z.boolean(),
});
export type DebateDetail = z.infer<typeof DebateDetail>;

export const Session = z.object({
  user: z.nullable(r.User),
  /** No account exists yet: the first visitor sets Plenary up. */
  needsSetup: z.boolean(),
});

export const DebateTrash = z.object({
  retentionDays: z.number(),
  statements: z.array(r.Statement),
  references: z.array(r.Reference),
  comments: z.array(r.TrashedComment),
});
export type DebateTrash = z.infer<typeof DebateTrash>;

export const NotificationList = z.object({
  notifications: z.array(r.Notification),
  unread: z.number(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const CreatedInvitation = z.object({ invitation: r.Invitation, url: z.string() });
export const Acceptance = z.object({ user: r.User, accountCreated: z.boolean() });

/** What the server pushes over socket.io, event by event. */
export const serverEvents = {
  'statement:updated': z.object({ statement: r.Statement }),
  'statement:deleted': z.object({ statementId: z.string() }),
  'debate:statements-changed': z.object({ debateId: z.string() }),
  'thread:updated': ThreadAnswer,
  'coverage:updated': z.object({ coverage: r.StatementCoverage }),
  'notification:created': z.object({}),
  'export:progress': JobAnswer,
  'delegation:member_added': z.object({
    delegationId: z.string(),
    member: r.Member,
    addedBy: z.nullable(z.object({ id: z.string(), displayName: z.string() })),
  }),
  'access:revoked': z.object({ room: z.string() }),
  'session:ended': z.object({ reason: z.string() }),
} as const;
export type ServerEvent = keyof typeof serverEvents;

export type ServerEventPayload<E extends ServerEvent> = z.infer<(typeof serverEvents)[E]>;
export {
  Amendment,
  Outcome,
  OutcomeOverview,
  Revision,
  RevisionWithRedline,
  type AmendmentAction,
  type OutcomeKind,
  type ParagraphStatus,
} from './outcomeResponses.js';
