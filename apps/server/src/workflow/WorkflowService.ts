// The clearance workflow: draft → in_review → cleared → submitted, and back. Every
// transition is authorized, recorded as an audit event and a version, and announced.
import type { RoomRegistry } from '@plenary/collab';
import type { StatementRecord, StatementStatus, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { can, type Action } from '../auth/policy.js';
import type { ClusterEvents } from '../cluster/ClusterEvents.js';
import type { CoverageService } from '../drafting/CoverageService.js';
import { KnownStatuses } from './KnownStatuses.js';
import { auditedChange } from '../audit/auditedChange.js';
import { readinessChecks, type ReadinessChecks } from '../drafting/readinessChecks.js';
import { AppError } from '../errors/AppError.js';
import { statementResource } from '../statements/statementResource.js';
import type { StatementService } from '../statements/StatementService.js';
import type { VersionService } from '../versions/VersionService.js';

export type WorkflowAction = 'send_for_review' | 'clear' | 'send_back' | 'submit' | 'reopen';

interface Transition {
  from: readonly StatementStatus[];
  to: StatementStatus;
  policy: Action;
  versionName: string;
}

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  send_for_review: {
    from: ['draft'],
    to: 'in_review',
    policy: 'statement.sendForReview',
    versionName: 'Sent for review',
  },
  clear: { from: ['in_review'], to: 'cleared', policy: 'statement.clear', versionName: 'Cleared' },
  send_back: {
    from: ['in_review', 'cleared'],
    to: 'draft',
    policy: 'statement.sendBack',
    versionName: 'Sent back',
  },
  submit: {
    from: ['cleared'],
    to: 'submitted',
    policy: 'statement.submit',
    versionName: 'Submitted',
  },
  reopen: { from: ['submitted'], to: 'draft', policy: 'statement.reopen', versionName: 'Reopened' },
};

const LABEL: Record<StatementStatus, string> = {
  draft: 'a draft',
  in_review: 'in review',
  cleared: 'cleared',
  submitted: 'submitted',
};

export class WorkflowService {
  constructor(
    private readonly stores: Stores,
    private readonly rooms: RoomRegistry,
    private readonly statements: StatementService,
    private readonly versions: VersionService,
    private readonly cluster: ClusterEvents,
    private readonly coverage: CoverageService,
  ) {
    cluster.on((event) => {
      if (event.type === 'statement-access-changed') this.statuses.forget(event.statementId);
    });
  }

  private readonly statuses = new KnownStatuses(
    async (statementId) => (await this.stores.statements.get(statementId))?.status,
  );

  async apply(
    actor: Actor,
    statementId: string,
    action: WorkflowAction,
    comment?: string,
  ): Promise<StatementRecord> {
    const statement = await this.statements.get(actor, statementId);
    const transition = TRANSITIONS[action];
    authorize(actor, transition.policy, statementResource(statement));
    if (!transition.from.includes(statement.status)) {
      throw new AppError(
        'statement.invalid_transition',
        409,
        `The statement is ${LABEL[statement.status]}; it cannot be ${describe(action)} now. Reload to see its current status.`,
      );
    }
    if (action === 'send_back' && !comment) {
      throw new AppError(
        'request.invalid',
        400,
        'Say what needs to change (comment) when sending a statement back.',
        {
          fields: [{ field: 'comment', message: 'is required' }],
        },
      );
    }
    if (action === 'send_for_review' || action === 'submit') await this.enforceLimit(statement);
    const recipients = await this.recipients(statement, action);
    // The status change, its audit record and its notices commit together.
    const record = async (tx: Stores, revision: number): Promise<void> => {
      await tx.audit.record({
        actorId: actor.user.id,
        action: `statement.${action}`,
        debateId: statement.debateId,
        subjectType: 'statement',
        subjectId: statement.id,
        data: {
          from: statement.status,
          to: transition.to,
          revision,
          ...(comment ? { comment } : {}),
        },
      });
      if (recipients.length === 0) return;
      await tx.notifications.addNotice({
        userIds: recipients,
        kind: action === 'send_back' ? 'sent_back' : 'statement_reopened',
        debateId: statement.debateId,
        statementId: statement.id,
        actorId: actor.user.id,
        excerpt: action === 'send_back' ? (comment ?? '') : statement.title,
      });
    };
    const sentBack = action === 'send_back' ? { reason: comment ?? '', by: actor.user.id } : null;
    const updated =
      action === 'submit'
        ? await this.submit(statement, record)
        : await this.move(statement, action, sentBack, record);
    this.statements.emit('updated', updated);
    const notified = recipients.filter((userId) => userId !== actor.user.id);
    if (notified.length > 0) this.statements.emit('notified', notified);
    // Every status change can change who may read or edit: re-check open editors and rooms.
    await this.cluster.emit({ type: 'statement-access-changed', statementId: statement.id });
    return updated;
  }

  /** When the organizer made the speaking limit a rule, a statement over it stays where it is. */
  private async enforceLimit(statement: StatementRecord): Promise<void> {
    const debate = await this.stores.debates.get(statement.debateId);
    if (!debate?.speakingLimitStrict) return;
    const { overSeconds, limitMinutes } = await this.coverage.summarize(statement);
    if (overSeconds === null || overSeconds <= 0) return;
    throw new AppError(
      'statement.over_limit',
      409,
      `The statement is ${formatSeconds(overSeconds)} over the ${limitMinutes} minute speaking limit, which the organizer made a rule for this debate. Shorten it and try again.`,
      { overSeconds, limitMinutes },
    );
  }

  /** Drafters hear of a send-back (with its reason); organizers of a reopened submission. */
  private async recipients(statement: StatementRecord, action: WorkflowAction): Promise<string[]> {
    if (action === 'reopen') return this.stores.debates.organizerIds(statement.debateId);
    if (action !== 'send_back') return [];
    const members = await Promise.all(
      statement.delegationIds.map((id) => this.stores.delegations.members(id)),
    );
    return members
      .flat()
      .filter((m) => m.role === 'drafter')
      .map((m) => m.userId);
  }

  private async move(
    statement: StatementRecord,
    action: WorkflowAction,
    sentBack: { reason: string; by: string } | null,
    record: (tx: Stores, revision: number) => Promise<void>,
  ): Promise<StatementRecord> {
    const transition = TRANSITIONS[action];
    const revision = action === 'reopen' ? statement.revision + 1 : statement.revision;
    const version = await this.versions.take(
      { ...statement, revision },
      'status',
      transition.versionName,
      null,
    );
    await this.stores.transaction(async (tx) => {
      const changed = await tx.statements.transition(statement.id, statement.status, {
        status: transition.to,
        revision,
        sentBack,
        ...(action === 'clear' ? { clearedVersionId: version.id } : {}),
      });
      if (!changed) throw conflict();
      await record(tx, revision);
    });
    if (action === 'reopen')
      await this.rooms.withRoom(statement.id, (room) => room.setFrozen(false));
    return (await this.stores.statements.get(statement.id))!;
  }

  /**
   * Freezes the document first: every edit received before is in the submitted version,
   * every edit after is refused (its author keeps it and sees the statement read-only).
   */
  private submit(
    statement: StatementRecord,
    record: (tx: Stores, revision: number) => Promise<void>,
  ): Promise<StatementRecord> {
    return this.rooms.withRoom(statement.id, async (room) => {
      await room.setFrozen(true);
      try {
        const version = await this.versions.take(statement, 'status', 'Submitted', null);
        await this.stores.transaction(async (tx) => {
          const changed = await tx.statements.transition(statement.id, 'cleared', {
            status: 'submitted',
            submittedVersionId: version.id,
          });
          if (!changed) throw conflict();
          await record(tx, statement.revision);
        });
      } catch (error) {
        await room.setFrozen(false);
        throw error;
      }
      return (await this.stores.statements.get(statement.id))!;
    });
  }

  /** What stands between the statement and review or submission, checked before either. */
  async checks(actor: Actor, statementId: string): Promise<ReadinessChecks> {
    const statement = await this.statements.readable(actor, statementId);
    const [summary, openSuggestions] = await Promise.all([
      this.coverage.summarize(statement),
      this.coverage.openSuggestions(statement),
    ]);
    return readinessChecks(this.stores, statement, summary, openSuggestions);
  }

  /** The statement's history: status changes, restores, deletions of comments, by whom and when. */
  async history(actor: Actor, statementId: string) {
    const statement = await this.statements.get(actor, statementId);
    const all = await this.stores.audit.list({ subjectId: statementId });
    // Organizers follow the status; what the delegation said (a send-back comment, version
    // names) stays in its workspace.
    const events = can(actor, 'statement.readWorkspace', statementResource(statement))
      ? all
      : all.map((event) => ({ ...event, data: statusOnly(event.data) }));
    const names = new Map<string, string>();
    for (const id of new Set(events.map((e) => e.actorId).filter((x): x is string => x !== null))) {
      names.set(id, (await this.stores.users.findById(id))?.displayName ?? 'Former member');
    }
    return events.map((event) => ({
      ...event,
      actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
    }));
  }

  /** Taken before an open's access check reads the statement (see `statementRead`). */
  statusEpoch(): number {
    return this.statuses.epoch;
  }

  /**
   * The access check of an open that may edit read the statement: its status is kept, so the
   * open's first edit does not read the statement again (`textChanged`), unless the status
   * changed since `epoch` was taken. Kept under `statementId` as the open names it: the string
   * its connection holds anyway.
   */
  statementRead(statementId: string, statement: StatementRecord, epoch: number): void {
    const status = statement.deletedAt === null ? statement.status : undefined;
    this.statuses.offer(statementId, status, epoch);
  }

  /** An edit to a cleared statement sends it back to draft (its clearance no longer holds). */
  async textChanged(statementId: string): Promise<void> {
    // Known in memory: the edit path reads the database only for a cleared statement.
    if ((await this.statuses.get(statementId)) !== 'cleared') return;
    const statement = await this.stores.statements.get(statementId);
    if (statement?.status !== 'cleared') return this.statuses.forget(statementId);
    const moved = await auditedChange(
      this.stores,
      (tx) => tx.statements.transition(statementId, 'cleared', { status: 'draft' }),
      (changed) =>
        changed
          ? {
              actorId: null,
              action: 'statement.edited_after_clearance',
              debateId: statement.debateId,
              subjectType: 'statement',
              subjectId: statementId,
              data: { from: 'cleared', to: 'draft', clearedVersionId: statement.clearedVersionId },
            }
          : null,
    );
    this.statuses.forget(statementId);
    if (!moved) return;
    this.statements.emit('updated', (await this.stores.statements.get(statementId))!);
    await this.cluster.emit({ type: 'statement-access-changed', statementId });
  }
}

const conflict = (): AppError =>
  new AppError(
    'statement.invalid_transition',
    409,
    'Someone changed the status at the same time. Reload and try again.',
  );

function describe(action: WorkflowAction): string {
  return {
    send_for_review: 'sent for review',
    clear: 'cleared',
    send_back: 'sent back',
    submit: 'submitted',
    reopen: 'reopened',
  }[action];
}

/** The status fields of an audit event's data, and nothing the delegation wrote. */
function statusOnly(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null) return null;
  const { from, to, revision } = data as Record<string, unknown>;
  return { from, to, revision };
}

function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
