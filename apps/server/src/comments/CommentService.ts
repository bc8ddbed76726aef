// Comment threads on statements: created against a text range, answered, resolved, and
// delivered live to the statement's room. Every command is authorized here.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { applyStoredUpdates, localDoc } from '@plenary/collab';
import type { EncodedAnchor } from '@plenary/statement-model';
import type { StatementRecord, Stores, ThreadRecord } from '@plenary/storage';
import type * as Y from 'yjs';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import type { Resource } from '../auth/policy.js';
import { AppError } from '../errors/AppError.js';
import { auditedChange } from '../audit/auditedChange.js';
import { loadedStatementModel, statementModel } from '../statements/statementModel.js';
import { statementResource } from '../statements/statementResource.js';
import type { StatementService } from '../statements/StatementService.js';

export interface ThreadView extends ThreadRecord {
  /** Current position of the anchor; orphaned once all of its text is deleted. */
  orphaned: boolean;
  currentText: string;
}

export interface CommentServiceEvents {
  thread: [statementId: string, thread: ThreadView];
  mentioned: [userIds: string[]];
}

const newId = (): string => randomBytes(9).toString('base64url');
const notFound = (): AppError =>
  new AppError(
    'comment.not_found',
    404,
    'This comment does not exist, or you do not have access to it.',
  );

export class CommentService extends EventEmitter<CommentServiceEvents> {
  constructor(
    private readonly stores: Stores,
    private readonly statements: StatementService,
  ) {
    super();
  }

  async list(actor: Actor, statementId: string): Promise<ThreadView[]> {
    const statement = await this.readable(actor, statementId);
    const doc = await this.loadDoc(statement.id);
    try {
      return (await this.stores.comments.threadsOf(statement.id)).map((thread) =>
        view(thread, doc),
      );
    } finally {
      doc.destroy();
    }
  }

  async createThread(
    actor: Actor,
    statementId: string,
    input: { anchor: EncodedAnchor; body: string; mentions: string[] },
  ): Promise<ThreadView> {
    const statement = await this.readable(actor, statementId);
    authorize(actor, 'statement.comment', statementResource(statement));
    const doc = await this.loadDoc(statement.id);
    try {
      const resolved = loadedStatementModel().resolveAnchor(doc, input.anchor);
      if (!resolved || resolved.orphaned) {
        throw new AppError(
          'comment.invalid_anchor',
          400,
          'The comment is not attached to text in this statement. Select the text again and retry.',
        );
      }
      await this.checkMentions(statement, input.mentions);
      const thread = await this.stores.comments.createThread({
        id: newId(),
        statementId: statement.id,
        anchor: input.anchor,
        quote: resolved.text.slice(0, 1_000),
        createdBy: actor.user.id,
        comment: { id: newId(), body: input.body, mentions: input.mentions },
      });
      await this.notify(actor, statement, thread.id, thread.comments[0]!.id, input.mentions);
      return this.publish(statement, thread, doc);
    } finally {
      doc.destroy();
    }
  }

  async reply(
    actor: Actor,
    threadId: string,
    input: { body: string; mentions: string[] },
  ): Promise<ThreadView> {
    const { statement } = await this.thread(actor, threadId);
    authorize(actor, 'statement.comment', statementResource(statement));
    await this.checkMentions(statement, input.mentions);
    const commentId = newId();
    await this.stores.comments.addComment(threadId, actor.user.id, { id: commentId, ...input });
    await this.notify(actor, statement, threadId, commentId, input.mentions);
    return this.republish(statement, threadId);
  }

  async edit(
    actor: Actor,
    commentId: string,
    input: { body: string; mentions: string[] },
  ): Promise<ThreadView> {
    const { statement, comment } = await this.comment(actor, commentId);
    authorize(actor, 'comment.edit', commentResource(statement, comment.authorId));
    await this.checkMentions(statement, input.mentions);
    await this.stores.comments.editComment(commentId, input.body, input.mentions);
    return this.republish(statement, comment.threadId);
  }

  async remove(actor: Actor, commentId: string): Promise<ThreadView> {
    const { statement, comment } = await this.comment(actor, commentId);
    authorize(actor, 'comment.delete', commentResource(statement, comment.authorId));
    // To the Trash: the author (or a drafter) can restore it for the retention period.
    await this.audited(
      actor,
      statement,
      (tx) => tx.comments.deleteComment(commentId, actor.user.id),
      'comment.deleted',
      commentId,
      { threadId: comment.threadId },
    );
    return this.republish(statement, comment.threadId);
  }

  /** Brings a comment back from the Trash into its thread. */
  async restore(actor: Actor, commentId: string): Promise<ThreadView> {
    const comment = await this.stores.comments.comment(commentId);
    if (!comment) throw notFound();
    const { statement } = await this.thread(actor, comment.threadId);
    authorize(actor, 'comment.restore', commentResource(statement, comment.authorId));
    const restored = await this.audited(
      actor,
      statement,
      (tx) => tx.comments.restoreComment(commentId),
      'comment.restored',
      commentId,
      { threadId: comment.threadId },
    );
    if (!restored) {
      throw new AppError(
        'trash.not_found',
        404,
        'This comment is not in the Trash (it was restored already, or its 30 days are over).',
      );
    }
    return this.republish(statement, comment.threadId);
  }

  async setStatus(
    actor: Actor,
    threadId: string,
    status: 'open' | 'resolved',
  ): Promise<ThreadView> {
    const { statement } = await this.thread(actor, threadId);
    authorize(actor, 'statement.comment', statementResource(statement));
    await this.audited(
      actor,
      statement,
      (tx) => tx.comments.setStatus(threadId, status, actor.user.id),
      status === 'resolved' ? 'thread.resolved' : 'thread.reopened',
      threadId,
    );
    return this.republish(statement, threadId);
  }

  /** The actor's own notifications (mentions and status notices), newest first. */
  async notifications(actor: Actor) {
    const [notifications, unread] = await Promise.all([
      this.stores.notifications.listFor(actor.user.id),
      this.stores.notifications.unreadCount(actor.user.id),
    ]);
    return { notifications, unread };
  }

  async markRead(actor: Actor, notificationId: number): Promise<void> {
    if (!(await this.stores.notifications.markRead(actor.user.id, notificationId))) {
      throw new AppError('notification.not_found', 404, 'This notification does not exist.');
    }
  }

  /** People who may be mentioned: members of the statement's delegations. */
  async members(actor: Actor, statementId: string) {
    const statement = await this.readable(actor, statementId);
    const lists = await Promise.all(
      statement.delegationIds.map((id) => this.stores.delegations.members(id)),
    );
    const byUser = new Map(
      lists
        .flat()
        .map((m) => [m.userId, { userId: m.userId, displayName: m.displayName, role: m.role }]),
    );
    return [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  private readable(actor: Actor, statementId: string): Promise<StatementRecord> {
    return this.statements.workspace(actor, statementId);
  }

  private async thread(actor: Actor, threadId: string) {
    const thread = await this.stores.comments.thread(threadId);
    if (!thread) throw notFound();
    const statement = await this.readable(actor, thread.statementId).catch(() => {
      throw notFound();
    });
    return { thread, statement };
  }

  private async comment(actor: Actor, commentId: string) {
    const comment = await this.stores.comments.comment(commentId);
    if (!comment || comment.deletedAt) throw notFound();
    const { statement } = await this.thread(actor, comment.threadId);
    return { comment, statement };
  }

  private async checkMentions(statement: StatementRecord, mentions: string[]): Promise<void> {
    if (mentions.length === 0) return;
    const lists = await Promise.all(
      statement.delegationIds.map((id) => this.stores.delegations.members(id)),
    );
    const allowed = new Set(lists.flat().map((m) => m.userId));
    const strangers = mentions.filter((id) => !allowed.has(id));
    if (strangers.length > 0) {
      throw new AppError(
        'comment.invalid_mention',
        400,
        'Only members of the statement’s delegations can be mentioned.',
        {
          fields: [{ field: 'mentions', message: `not members: ${strangers.join(', ')}` }],
        },
      );
    }
  }

  private async notify(
    actor: Actor,
    statement: StatementRecord,
    threadId: string,
    commentId: string,
    mentions: string[],
  ) {
    const userIds = [...new Set(mentions)].filter((id) => id !== actor.user.id);
    await this.stores.notifications.addMentions({
      userIds,
      debateId: statement.debateId,
      statementId: statement.id,
      threadId,
      commentId,
      actorId: actor.user.id,
    });
    if (userIds.length > 0) this.emit('mentioned', userIds);
  }

  private async republish(statement: StatementRecord, threadId: string): Promise<ThreadView> {
    const thread = await this.stores.comments.thread(threadId);
    if (!thread) throw notFound();
    const doc = await this.loadDoc(statement.id);
    try {
      return this.publish(statement, thread, doc);
    } finally {
      doc.destroy();
    }
  }

  private publish(statement: StatementRecord, thread: ThreadRecord, doc: Y.Doc): ThreadView {
    const result = view(thread, doc);
    this.emit('thread', statement.id, result);
    return result;
  }

  /** The statement's text, with the statement model loaded to read anchors in it. */
  private async loadDoc(statementId: string): Promise<Y.Doc> {
    await statementModel();
    const doc = localDoc(statementId);
    applyStoredUpdates(doc, await this.stores.documents.load(statementId));
    return doc;
  }

  /** `change`, and its audit record in the same transaction. */
  private audited<T>(
    actor: Actor,
    statement: StatementRecord,
    change: (tx: Stores) => Promise<T>,
    action: string,
    subjectId: string,
    data?: Record<string, unknown>,
  ): Promise<T> {
    return auditedChange(this.stores, change, {
      actorId: actor.user.id,
      action,
      debateId: statement.debateId,
      subjectType: 'comment',
      subjectId,
      data: { statementId: statement.id, ...data },
    });
  }
}

function view(thread: ThreadRecord, doc: Y.Doc): ThreadView {
  const resolved = loadedStatementModel().resolveAnchor(doc, thread.anchor);
  return { ...thread, orphaned: !resolved || resolved.orphaned, currentText: resolved?.text ?? '' };
}

function commentResource(
  statement: StatementRecord,
  authorId: string,
): Extract<Resource, { kind: 'comment' }> {
  return { ...statementResource(statement), kind: 'comment', authorId };
}
