// Statement commands. Routes and socket handlers stay thin and call these.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { CloseCode, type RoomRegistry } from '@plenary/collab';
import { isStatementLanguage, type StatementLanguage } from '@plenary/statement-model/languages';
import type { StatementRecord, Stores } from '@plenary/storage';
import * as Y from 'yjs';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { can } from '../auth/policy.js';
import { AppError, statementNotFound } from '../errors/AppError.js';
import { auditedChange } from '../audit/auditedChange.js';
import { statementResource } from './statementResource.js';
import { statementModel } from './statementModel.js';
import { TouchBehind } from './TouchBehind.js';

const submittedCannotBeDeleted = (): AppError =>
  new AppError(
    'statement.submitted',
    409,
    'This statement was submitted to the organizer, so it cannot be deleted. Reopen it first (the organizer is told), then delete it.',
  );

export interface StatementServiceEvents {
  updated: [statement: StatementRecord];
  deleted: [statement: StatementRecord];
  /** Back from the Trash. */
  restored: [statement: StatementRecord];
  /** Created; also fired for `updated` and `deleted` so debate-wide views can reload. */
  changed: [debateId: string];
  /** People who got a notification (bell). */
  notified: [userIds: string[]];
}

/** A stored language code, or English for anything a store might hold that is not one. */
function usualLanguage(code: string | undefined): StatementLanguage {
  return isStatementLanguage(code) ? code : 'en';
}

/** How often a statement's `updatedAt` follows its text while someone types. */
const TOUCH_INTERVAL_MS = 5_000;
/** Past this many remembered touches, the ones older than the interval are dropped. */
const TOUCHED_SWEEP_SIZE = 1_000;

export class StatementService extends EventEmitter<StatementServiceEvents> {
  private readonly lastTouched = new Map<string, number>();
  private lastSwept = 0;
  /** "Updated at" is written behind, the statements touched within a second together. */
  private readonly touches = new TouchBehind((ids) => this.stores.statements.touchAll(ids));

  constructor(
    private readonly stores: Stores,
    private readonly rooms: RoomRegistry,
  ) {
    super();
  }

  /** Statements whose metadata the actor may see, across every debate they take part in. */
  async listVisible(actor: Actor): Promise<StatementRecord[]> {
    const debates = new Set([...actor.memberOfDebates, ...actor.organizerOf]);
    const lists = await Promise.all(
      [...debates].map((id) => this.stores.statements.listByDebate(id)),
    );
    return lists
      .flat()
      .filter((s) => can(actor, 'statement.readMeta', statementResource(s)))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async listByDebate(actor: Actor, debateId: string): Promise<StatementRecord[]> {
    if (!can(actor, 'debate.read', { kind: 'debate', debateId })) {
      throw new AppError(
        'debate.not_found',
        404,
        'This debate does not exist, or you do not have access to it.',
      );
    }
    const all = await this.stores.statements.listByDebate(debateId);
    return all.filter((s) => can(actor, 'statement.readMeta', statementResource(s)));
  }

  /** The statement's metadata; 404 when it does not exist or the actor may not see it. */
  async get(actor: Actor, id: string): Promise<StatementRecord> {
    const statement = await this.stores.statements.get(id);
    if (!statement || !can(actor, 'statement.readMeta', statementResource(statement)))
      throw statementNotFound(id);
    return statement;
  }

  /** The statement, if the actor may read its text (403/404 otherwise). */
  async readable(actor: Actor, id: string): Promise<StatementRecord> {
    const statement = await this.get(actor, id);
    authorize(actor, 'statement.readText', statementResource(statement));
    return statement;
  }

  /**
   * The statement, if the actor belongs to an owning delegation: its threads, versions and
   * redlines are that delegation's workspace. Anyone else (an organizer reading a submitted
   * text included) gets the same 404 as for a statement that does not exist.
   */
  async workspace(actor: Actor, id: string): Promise<StatementRecord> {
    const statement = await this.get(actor, id);
    if (!can(actor, 'statement.readWorkspace', statementResource(statement)))
      throw statementNotFound(id);
    return statement;
  }

  async create(
    actor: Actor,
    debateId: string,
    input: {
      title: string;
      delegationIds: string[];
      language?: StatementLanguage;
      template?: { salutation?: 'Mr. President,' | 'Madam President,'; speaker?: string | null };
    },
  ): Promise<StatementRecord> {
    const delegationIds = [...new Set(input.delegationIds)];
    const delegations = await Promise.all(
      delegationIds.map((id) => this.stores.delegations.get(id)),
    );
    if (delegations.some((d) => d?.debateId !== debateId)) {
      throw new AppError(
        'request.invalid',
        400,
        'Every delegation of a statement must take part in the same debate.',
      );
    }
    if (
      !delegationIds.some((delegationId) =>
        can(actor, 'statement.create', { kind: 'delegation', debateId, delegationId }),
      )
    ) {
      authorize(actor, 'statement.create', {
        kind: 'delegation',
        debateId,
        delegationId: delegationIds[0] ?? '',
      });
    }
    const id = randomBytes(9).toString('base64url');
    const language = input.language ?? usualLanguage(delegations[0]?.language);
    const statement = await auditedChange(
      this.stores,
      (tx) =>
        tx.statements.create({
          id,
          debateId,
          title: input.title,
          delegationIds,
          createdBy: actor.user.id,
          language,
        }),
      {
        actorId: actor.user.id,
        action: 'statement.created',
        debateId,
        subjectType: 'statement',
        subjectId: id,
        data: { delegationIds, language },
      },
    );
    if (input.template) await this.seedTemplate(statement, input.template);
    this.emit('changed', debateId);
    return statement;
  }

  /** Stores the template as the statement's first update, before anyone opens it. */
  private async seedTemplate(
    statement: StatementRecord,
    template: { salutation?: 'Mr. President,' | 'Madam President,'; speaker?: string | null },
  ): Promise<void> {
    const [debate, points, delegations] = await Promise.all([
      this.stores.debates.get(statement.debateId),
      this.stores.points.list(statement.debateId),
      Promise.all(statement.delegationIds.map((id) => this.stores.delegations.get(id))),
    ]);
    if (!debate) return;
    const { statementTemplateDoc } = await statementModel();
    const doc = statementTemplateDoc({
      language: usualLanguage(statement.language),
      delegations: delegations.map((d) => d?.name ?? '').filter(Boolean),
      debate,
      points: points.discussionPoints,
      speaker: template.speaker ?? null,
      salutation: template.salutation ?? debate.presidentSalutation ?? 'Mr. President,',
    });
    await this.stores.documents.append(statement.id, Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }

  async rename(actor: Actor, id: string, title: string): Promise<StatementRecord> {
    authorize(actor, 'statement.rename', statementResource(await this.get(actor, id)));
    const statement = await this.stores.statements.rename(id, title);
    if (!statement) throw statementNotFound(id);
    this.emit('updated', statement);
    return statement;
  }

  /**
   * Moves the statement to the Trash (text, comments and versions kept), closes its editors
   * and tells the organizers. A submitted statement is refused: reopen it first.
   */
  async remove(actor: Actor, id: string): Promise<void> {
    const statement = await this.get(actor, id);
    authorize(actor, 'statement.delete', statementResource(statement));
    if (statement.status === 'submitted') throw submittedCannotBeDeleted();
    const organizers = await this.stores.debates.organizerIds(statement.debateId);
    const trashed = await auditedChange(
      this.stores,
      async (tx) => {
        if (!(await tx.statements.trash(id, actor.user.id))) return false;
        await tx.notifications.addNotice({
          userIds: organizers,
          kind: 'statement_deleted',
          debateId: statement.debateId,
          statementId: id,
          actorId: actor.user.id,
          excerpt: statement.title,
        });
        return true;
      },
      (done) =>
        done
          ? {
              actorId: actor.user.id,
              action: 'statement.deleted',
              debateId: statement.debateId,
              subjectType: 'statement',
              subjectId: id,
              data: { title: statement.title, status: statement.status },
            }
          : null,
    );
    // Only a submission at the same moment makes the guarded update miss.
    if (!trashed) throw submittedCannotBeDeleted();
    await this.rooms.evict(id, CloseCode.StatementDeleted);
    this.lastTouched.delete(id);
    this.touches.drop(id);
    this.emit('deleted', statement);
    this.emit(
      'notified',
      organizers.filter((userId) => userId !== actor.user.id),
    );
  }

  /** Called for every stored update; throttled so typing does not rewrite the row each keystroke. */
  async textChanged(id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastTouched.get(id) ?? 0) < TOUCH_INTERVAL_MS) return;
    // Only touches within the interval matter: the older ones are dropped as the map grows (at
    // most once an interval, so thousands of statements being edited do not sweep it on every
    // touch), and it holds the statements edited lately, not every one ever edited.
    if (this.lastTouched.size >= TOUCHED_SWEEP_SIZE && now - this.lastSwept >= TOUCH_INTERVAL_MS) {
      this.lastSwept = now;
      for (const [other, at] of this.lastTouched)
        if (now - at >= TOUCH_INTERVAL_MS) this.lastTouched.delete(other);
    }
    this.lastTouched.set(id, now);
    await this.touches.add(id);
  }

  /** Writes the pending touches now (a graceful stop, before the store closes). */
  flushTouches(): Promise<void> {
    return this.touches.flush();
  }
}
