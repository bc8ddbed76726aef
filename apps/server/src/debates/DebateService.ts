// Debates and their delegations and members. Authorization happens here, through `authorize`,
// so every channel that calls a command gets the same rules.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { languageRate } from '@plenary/drafting-metrics';
import type { StatementLanguage } from '@plenary/statement-model';
import type {
  DebateFields,
  DebateRecord,
  DelegationKind,
  DelegationRecord,
  DelegationWork,
  MemberRecord,
  Role,
  Stores,
} from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { can } from '../auth/policy.js';
import { AppError } from '../errors/AppError.js';
import type { AccessRevoker } from '../live/AccessRevoker.js';
import { auditedChange } from '../audit/auditedChange.js';

const newId = (): string => randomBytes(9).toString('base64url');
const notFound = (what: 'debate' | 'delegation' | 'user' | 'member'): AppError =>
  new AppError(
    `${what}.not_found`,
    404,
    `This ${what} does not exist, or you do not have access to it.`,
  );

export const EMPTY_DEBATE_FIELDS: Omit<DebateFields, 'theme'> = {
  body: null,
  meetingDate: null,
  meetingTime: null,
  presidency: null,
  convener: null,
  format: null,
  speakingLimitMinutes: null,
  submissionEmail: null,
  submissionDeadline: null,
  expectedOutcome: null,
};

/** A role granted in a delegation: its drafters are told who joined and who added them. */
export interface MemberAdded {
  delegationId: string;
  member: MemberRecord;
  addedBy: { id: string; displayName: string } | null;
}

export class DebateService extends EventEmitter<{ memberAdded: [notice: MemberAdded] }> {
  constructor(
    private readonly stores: Stores,
    private readonly revoker: AccessRevoker,
  ) {
    super();
  }

  async list(actor: Actor): Promise<DebateRecord[]> {
    return actor.user.isAdmin
      ? this.stores.debates.listAll()
      : this.stores.debates.listForUser(actor.user.id);
  }

  async create(
    actor: Actor,
    fields: Partial<DebateFields> & { theme: string },
  ): Promise<DebateRecord> {
    authorize(actor, 'debate.create', { kind: 'system' });
    const id = newId();
    return this.audited(
      actor,
      (tx) =>
        tx.debates.create({
          id,
          createdBy: actor.user.id,
          fields: { ...EMPTY_DEBATE_FIELDS, ...fields },
        }),
      'debate.created',
      id,
      'debate',
      id,
    );
  }

  async get(actor: Actor, debateId: string): Promise<DebateRecord> {
    const debate = await this.stores.debates.get(debateId);
    if (!debate || !can(actor, 'debate.read', { kind: 'debate', debateId }))
      throw notFound('debate');
    return debate;
  }

  async update(
    actor: Actor,
    debateId: string,
    fields: Partial<DebateFields>,
  ): Promise<DebateRecord> {
    await this.get(actor, debateId);
    authorize(actor, 'debate.update', { kind: 'debate', debateId });
    return this.audited(
      actor,
      async (tx) =>
        (await tx.debates.update(debateId, fields)) ?? Promise.reject(notFound('debate')),
      'debate.updated',
      debateId,
      'debate',
      debateId,
      { fields: Object.keys(fields) },
    );
  }

  async remove(actor: Actor, debateId: string): Promise<void> {
    await this.get(actor, debateId);
    authorize(actor, 'debate.delete', { kind: 'debate', debateId });
    // To the Trash: members lose access until an organizer restores it (see TrashService).
    await this.audited(
      actor,
      (tx) => tx.debates.trash(debateId, actor.user.id),
      'debate.deleted',
      debateId,
      'debate',
      debateId,
    );
    await this.recheckEveryone(debateId);
  }

  /** After the debate left or came back from the Trash: open views and editors follow. */
  async recheckEveryone(debateId: string): Promise<void> {
    const [delegations, organizers] = await Promise.all([
      this.stores.delegations.listByDebate(debateId),
      this.stores.debates.organizerIds(debateId),
    ]);
    const members = await Promise.all(
      delegations.map((d) => this.stores.delegations.members(d.id)),
    );
    const users = new Set([...organizers, ...members.flat().map((m) => m.userId)]);
    await Promise.all([...users].map((userId) => this.revoker.recheckUser(userId)));
  }

  /** The debate page: the debate, its delegations with the actor's role, and what they may do. */
  async detail(actor: Actor, debateId: string) {
    const debate = await this.get(actor, debateId);
    const [delegations, unreadMentions, outcome] = await Promise.all([
      this.stores.delegations.listByDebate(debateId),
      this.stores.notifications.unreadCount(actor.user.id, debateId),
      this.stores.outcomes.byDebate(debateId),
    ]);
    const delegationOf = (delegationId: string) =>
      ({ kind: 'delegation', debateId, delegationId }) as const;
    return {
      debate,
      delegations: delegations.map((d) => ({
        ...d,
        myRole: actor.roles.get(d.id) ?? null,
        abilities: {
          changeSettings: can(actor, 'delegation.settings', delegationOf(d.id)),
          readMembers: can(actor, 'delegation.members', delegationOf(d.id)),
        },
      })),
      canManage: can(actor, 'debate.update', { kind: 'debate', debateId }),
      unreadMentions,
      hasOutcome: outcome !== undefined,
    };
  }

  /**
   * The delegation's usual language and speaking rate. Changing the language without a rate
   * resets the rate to that language's default.
   */
  async updateSettings(
    actor: Actor,
    delegationId: string,
    body: { wordsPerMinute?: number; language?: StatementLanguage },
  ): Promise<DelegationRecord> {
    const delegation = await this.delegation(actor, delegationId);
    authorize(actor, 'delegation.settings', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId,
    });
    const language = body.language ?? delegation.language;
    const rate =
      body.wordsPerMinute ?? (body.language ? languageRate(language).perMinute : undefined);
    if (rate !== undefined && rate > 250 && languageRate(language).unit === 'words') {
      throw new AppError(
        'request.invalid',
        400,
        `The speaking rate must be at most 250 words a minute for ${language}; only Chinese, timed in characters, may go up to 400.`,
      );
    }
    if (body.language)
      await this.stores.delegations.setLanguage(delegationId, language, rate ?? 120);
    else if (rate !== undefined)
      await this.stores.delegations.setWordsPerMinute(delegationId, rate);
    return this.delegation(actor, delegationId);
  }

  async delegations(actor: Actor, debateId: string): Promise<DelegationRecord[]> {
    await this.get(actor, debateId);
    return this.stores.delegations.listByDebate(debateId);
  }

  async createDelegation(
    actor: Actor,
    debateId: string,
    input: { name: string; kind: DelegationKind },
  ): Promise<DelegationRecord> {
    await this.get(actor, debateId);
    authorize(actor, 'delegation.create', { kind: 'debate', debateId });
    if (await this.stores.delegations.findByName(debateId, input.name)) {
      throw new AppError(
        'delegation.name_taken',
        409,
        `This debate already has a delegation named "${input.name}".`,
      );
    }
    const id = newId();
    return this.audited(
      actor,
      (tx) => tx.delegations.create({ id, debateId, ...input }),
      'delegation.created',
      debateId,
      'delegation',
      id,
      { name: input.name },
    );
  }

  /** The delegation, if the actor may see its debate. */
  async delegation(actor: Actor, delegationId: string): Promise<DelegationRecord> {
    const delegation = await this.stores.delegations.get(delegationId);
    if (
      !delegation ||
      !can(actor, 'debate.read', { kind: 'debate', debateId: delegation.debateId })
    ) {
      throw notFound('delegation');
    }
    return delegation;
  }

  async removeDelegation(actor: Actor, delegationId: string): Promise<void> {
    const delegation = await this.delegation(actor, delegationId);
    authorize(actor, 'delegation.delete', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId,
    });
    // Nothing others rely on goes with it: statements (even in the Trash) would lose their
    // delegation, and the outcome's amendments and positions would be deleted with it.
    const inUse = describeWork(await this.stores.delegations.work(delegationId));
    if (inUse) {
      throw new AppError(
        'delegation.in_use',
        409,
        `${delegation.name} cannot be removed: it ${inUse} in this debate, which others rely on and which would be lost with it. Remove its members instead to take away their access; or delete the whole debate, which can be restored from the Trash.`,
      );
    }
    const members = await this.stores.delegations.members(delegationId);
    await this.audited(
      actor,
      (tx) => tx.delegations.remove(delegationId),
      'delegation.deleted',
      delegation.debateId,
      'delegation',
      delegationId,
    );
    await Promise.all(members.map((member) => this.revoker.recheckUser(member.userId)));
  }

  async members(actor: Actor, delegationId: string) {
    const delegation = await this.delegation(actor, delegationId);
    authorize(actor, 'delegation.members', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId,
    });
    return this.stores.delegations.members(delegationId);
  }

  async setMember(actor: Actor, delegationId: string, userId: string, role: Role): Promise<void> {
    const delegation = await this.delegation(actor, delegationId);
    authorize(actor, 'member.manage', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId,
    });
    if (!(await this.stores.users.findById(userId))) throw notFound('user');
    await this.audited(
      actor,
      (tx) => tx.delegations.setMember(delegationId, userId, role, actor.user.id),
      'member.role_set',
      delegation.debateId,
      'user',
      userId,
      { delegationId, role, ...(userId === actor.user.id ? { self: true } : {}) },
    );
    await this.memberGranted(delegationId, userId);
  }

  /**
   * After a role was given (by an organizer, or by accepting an invitation): tells the
   * delegation's drafters and re-checks the user's connections.
   */
  async memberGranted(delegationId: string, userId: string): Promise<void> {
    const member = (await this.stores.delegations.members(delegationId)).find(
      (m) => m.userId === userId,
    );
    if (member) this.emit('memberAdded', { delegationId, member, addedBy: member.addedBy });
    await this.revoker.recheckUser(userId);
  }

  async removeMember(actor: Actor, delegationId: string, userId: string): Promise<void> {
    const delegation = await this.delegation(actor, delegationId);
    authorize(actor, 'member.manage', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId,
    });
    await this.audited(
      actor,
      async (tx) => {
        if (!(await tx.delegations.removeMember(delegationId, userId))) throw notFound('member');
      },
      'member.revoked',
      delegation.debateId,
      'user',
      userId,
      { delegationId },
    );
    await this.revoker.recheckUser(userId);
  }

  async auditTrail(actor: Actor, debateId: string) {
    await this.get(actor, debateId);
    authorize(actor, 'debate.audit', { kind: 'debate', debateId });
    return this.stores.audit.list({ debateId });
  }

  /** `change`, and its audit record in the same transaction. */
  private audited<T>(
    actor: Actor,
    change: (tx: Stores) => Promise<T>,
    action: string,
    debateId: string,
    subjectType: string,
    subjectId: string,
    data?: Record<string, unknown>,
  ): Promise<T> {
    return auditedChange(this.stores, change, {
      actorId: actor.user.id,
      action,
      debateId,
      subjectType,
      subjectId,
      data,
    });
  }
}

const joinWords = (words: readonly string[]): string =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(words);

/** What a delegation has done that stops its removal, in words ("has 2 statements"), or null. */
function describeWork(work: DelegationWork): string | null {
  const counted = (count: number, one: string, many: string) =>
    count === 0 ? [] : [`${count} ${count === 1 ? one : many}`];
  const things = [
    ...counted(work.statements, 'statement', 'statements'),
    ...counted(
      work.amendments,
      'amendment to the outcome document',
      'amendments to the outcome document',
    ),
    ...counted(work.positions, 'position on an amendment', 'positions on amendments'),
  ];
  const parts = [
    ...(things.length > 0 ? [`has ${joinWords(things)}`] : []),
    ...(work.penholder ? ['holds the pen of the outcome document'] : []),
  ];
  return parts.length > 0 ? joinWords(parts) : null;
}
