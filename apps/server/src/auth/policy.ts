// Every authorization rule in one place. REST routes, socket.io events and the collab
// endpoint all ask `can(actor, action, resource)`; nothing else decides access.
import type { OutcomeStatus, Role, StatementStatus } from '@plenary/storage';
import type { Actor } from './Actor.js';

export type Resource =
  | { kind: 'system' }
  | { kind: 'debate'; debateId: string }
  | { kind: 'delegation'; debateId: string; delegationId: string }
  | {
      kind: 'statement';
      debateId: string;
      delegationIds: readonly string[];
      status: StatementStatus;
    }
  | { kind: 'reference'; debateId: string; uploadedBy: string }
  /** A debate in the Trash: the actor's organizer rights there are not loaded, so they are passed. */
  | { kind: 'trashedDebate'; debateId: string; organizerIds: readonly string[] }
  /** A debate's outcome document; a null penholder means the presidency (its organizers). */
  | {
      kind: 'outcome';
      debateId: string;
      penholderDelegationId: string | null;
      status: OutcomeStatus;
    }
  /** The outcome document, acted on in the name of one of the debate's delegations. */
  | {
      kind: 'outcomeDelegation';
      debateId: string;
      penholderDelegationId: string | null;
      status: OutcomeStatus;
      delegationId: string;
    }
  | {
      kind: 'comment';
      debateId: string;
      delegationIds: readonly string[];
      status: StatementStatus;
      authorId: string;
    };

type ResourceOf<K extends Resource['kind']> = Extract<Resource, { kind: K }>;

const RANK: Record<Role, number> = { viewer: 1, reviewer: 2, drafter: 3 };

/** The strongest role the actor holds among the given delegations. */
export function bestRole(actor: Actor, delegationIds: readonly string[]): Role | undefined {
  let best: Role | undefined;
  for (const id of delegationIds) {
    const role = actor.roles.get(id);
    if (role && (!best || RANK[role] > RANK[best])) best = role;
  }
  return best;
}

const organizes = (actor: Actor, debateId: string): boolean => actor.organizerOf.has(debateId);
const manages = (actor: Actor, debateId: string): boolean =>
  actor.user.isAdmin || organizes(actor, debateId);
/** A trainer reads and comments on every team's drafts, which organizers may not in a real debate. */
const trains = (actor: Actor, debateId: string): boolean => actor.trainerOf.has(debateId);
/** The penholder's drafters hold the pen; when the presidency does, its organizers. */
const holdsPen = (
  actor: Actor,
  r: { debateId: string; penholderDelegationId: string | null },
): boolean =>
  r.penholderDelegationId === null
    ? manages(actor, r.debateId)
    : actor.roles.get(r.penholderDelegationId) === 'drafter';
const atLeast = (role: Role | undefined, minimum: Role): boolean =>
  role !== undefined && RANK[role] >= RANK[minimum];

function rule<K extends Resource['kind']>(
  kind: K,
  check: (actor: Actor, resource: ResourceOf<K>) => boolean,
) {
  return { kind, check: check as (actor: Actor, resource: Resource) => boolean };
}

/** The policy table. Organizers see metadata; only the owning delegations read drafts. */
export const policies = {
  'admin.manage': rule('system', (actor) => actor.user.isAdmin),
  'debate.create': rule('system', () => true),
  'debate.read': rule(
    'debate',
    (a, r) => manages(a, r.debateId) || a.memberOfDebates.has(r.debateId),
  ),
  'debate.update': rule('debate', (a, r) => manages(a, r.debateId)),
  'debate.delete': rule('debate', (a, r) => manages(a, r.debateId)),
  'debate.restore': rule(
    'trashedDebate',
    (a, r) => a.user.isAdmin || r.organizerIds.includes(a.user.id),
  ),
  /** The debate's Trash; each item in it is listed only to those who may restore it. */
  'debate.trash': rule(
    'debate',
    (a, r) => manages(a, r.debateId) || a.memberOfDebates.has(r.debateId),
  ),
  'debate.audit': rule('debate', (a, r) => manages(a, r.debateId)),
  'debate.compile': rule('debate', (a, r) => manages(a, r.debateId)),
  'delegation.create': rule('debate', (a, r) => manages(a, r.debateId)),
  'delegation.delete': rule('delegation', (a, r) => manages(a, r.debateId)),
  'delegation.settings': rule(
    'delegation',
    (a, r) => manages(a, r.debateId) || a.roles.get(r.delegationId) === 'drafter',
  ),
  'delegation.members': rule(
    'delegation',
    (a, r) => manages(a, r.debateId) || a.roles.has(r.delegationId),
  ),
  'member.manage': rule('delegation', (a, r) => manages(a, r.debateId)),
  'invitation.manage': rule('debate', (a, r) => manages(a, r.debateId)),
  'conceptNote.import': rule('debate', (a, r) => manages(a, r.debateId)),
  'reference.read': rule(
    'debate',
    (a, r) => manages(a, r.debateId) || a.memberOfDebates.has(r.debateId),
  ),
  // Uploads are parsed at some cost; viewers only read.
  'reference.upload': rule(
    'debate',
    (a, r) => manages(a, r.debateId) || atLeast(a.debateRoles.get(r.debateId), 'reviewer'),
  ),
  'reference.edit': rule(
    'reference',
    (a, r) => manages(a, r.debateId) || a.user.id === r.uploadedBy,
  ),
  'reference.delete': rule(
    'reference',
    (a, r) => manages(a, r.debateId) || a.user.id === r.uploadedBy,
  ),
  'statement.create': rule('delegation', (a, r) => a.roles.get(r.delegationId) === 'drafter'),
  'statement.readMeta': rule(
    'statement',
    (a, r) => manages(a, r.debateId) || bestRole(a, r.delegationIds) !== undefined,
  ),
  'statement.readText': rule(
    'statement',
    (a, r) =>
      bestRole(a, r.delegationIds) !== undefined ||
      trains(a, r.debateId) ||
      (r.status === 'submitted' && organizes(a, r.debateId)),
  ),
  /** Threads, earlier versions, redlines, live events: the delegation's own workspace. */
  'statement.readWorkspace': rule(
    'statement',
    (a, r) => bestRole(a, r.delegationIds) !== undefined || trains(a, r.debateId),
  ),
  'statement.editText': rule(
    'statement',
    (a, r) => r.status !== 'submitted' && bestRole(a, r.delegationIds) === 'drafter',
  ),
  /** Propose changes as suggestions (Suggesting mode): reviewers and drafters, until submitted. */
  'statement.suggest': rule(
    'statement',
    (a, r) => r.status !== 'submitted' && atLeast(bestRole(a, r.delegationIds), 'reviewer'),
  ),
  'statement.rename': rule('statement', (a, r) => bestRole(a, r.delegationIds) === 'drafter'),
  'statement.delete': rule('statement', (a, r) => bestRole(a, r.delegationIds) === 'drafter'),
  'statement.untrash': rule(
    'statement',
    (a, r) => manages(a, r.debateId) || bestRole(a, r.delegationIds) === 'drafter',
  ),
  'statement.comment': rule(
    'statement',
    (a, r) => atLeast(bestRole(a, r.delegationIds), 'reviewer') || trains(a, r.debateId),
  ),
  'statement.version': rule('statement', (a, r) =>
    atLeast(bestRole(a, r.delegationIds), 'reviewer'),
  ),
  'statement.restore': rule(
    'statement',
    (a, r) => r.status !== 'submitted' && bestRole(a, r.delegationIds) === 'drafter',
  ),
  'statement.sendForReview': rule(
    'statement',
    (a, r) => bestRole(a, r.delegationIds) === 'drafter',
  ),
  'statement.clear': rule('statement', (a, r) => bestRole(a, r.delegationIds) === 'reviewer'),
  'statement.sendBack': rule('statement', (a, r) => bestRole(a, r.delegationIds) === 'reviewer'),
  'statement.submit': rule('statement', (a, r) => bestRole(a, r.delegationIds) === 'drafter'),
  'statement.reopen': rule('statement', (a, r) => bestRole(a, r.delegationIds) === 'drafter'),
  'comment.edit': rule(
    'comment',
    (a, r) =>
      a.user.id === r.authorId &&
      (atLeast(bestRole(a, r.delegationIds), 'reviewer') || trains(a, r.debateId)),
  ),
  // Only the author deletes a comment; drafters resolve threads instead.
  'comment.delete': rule(
    'comment',
    (a, r) =>
      a.user.id === r.authorId &&
      (atLeast(bestRole(a, r.delegationIds), 'reviewer') || trains(a, r.debateId)),
  ),
  'comment.restore': rule(
    'comment',
    (a, r) =>
      (a.user.id === r.authorId && atLeast(bestRole(a, r.delegationIds), 'reviewer')) ||
      bestRole(a, r.delegationIds) === 'drafter',
  ),
  /** Outcome documents are shared with every delegation of the debate, unlike statements. */
  'outcome.create': rule('debate', (a, r) => manages(a, r.debateId)),
  'outcome.read': rule(
    'outcome',
    (a, r) => manages(a, r.debateId) || a.memberOfDebates.has(r.debateId),
  ),
  'outcome.appoint': rule('outcome', (a, r) => manages(a, r.debateId) && r.status !== 'adopted'),
  /** The agreed text: only the penholder changes it, and not once under silence or adopted. */
  'outcome.editText': rule('outcome', (a, r) => r.status === 'drafting' && holdsPen(a, r)),
  /** Amend the shared text as suggestions over the collab endpoint (each in its own name). */
  'outcome.suggest': rule(
    'outcome',
    (a, r) => r.status === 'drafting' && a.debateRoles.get(r.debateId) === 'drafter',
  ),
  'outcome.decide': rule('outcome', (a, r) => r.status === 'drafting' && holdsPen(a, r)),
  'outcome.circulate': rule('outcome', (a, r) => r.status === 'drafting' && holdsPen(a, r)),
  'outcome.silence': rule('outcome', (a, r) => r.status === 'drafting' && holdsPen(a, r)),
  'outcome.markParagraph': rule('outcome', (a, r) => r.status !== 'adopted' && holdsPen(a, r)),
  /** In a delegation's name: its drafters propose and break silence, reviewers take positions. */
  'outcome.propose': rule(
    'outcomeDelegation',
    (a, r) => r.status === 'drafting' && a.roles.get(r.delegationId) === 'drafter',
  ),
  'outcome.position': rule(
    'outcomeDelegation',
    (a, r) => r.status === 'drafting' && atLeast(a.roles.get(r.delegationId), 'reviewer'),
  ),
  'outcome.breakSilence': rule(
    'outcomeDelegation',
    (a, r) =>
      r.status === 'silence' &&
      r.delegationId !== r.penholderDelegationId &&
      a.roles.get(r.delegationId) === 'drafter',
  ),
} as const;

export type Action = keyof typeof policies;

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const policy = policies[action];
  return policy.kind === resource.kind && policy.check(actor, resource);
}
