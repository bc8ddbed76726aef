import type { NotificationKind } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';

export interface NotificationRecord {
  id: number;
  kind: NotificationKind;
  debateId: string;
  statementId: string;
  statementTitle: string;
  /** Mentions only. */
  threadId: string | null;
  commentId: string | null;
  actorName: string;
  /** The comment's start for a mention; the reason for a send-back. */
  excerpt: string;
  createdAt: string;
  readAt: string | null;
}

/** A status notice: not about a comment, so it carries its own words. */
export interface NoticeInput {
  userIds: string[];
  kind: Exclude<NotificationKind, 'mention'>;
  debateId: string;
  statementId: string;
  actorId: string;
  excerpt?: string;
}

export class NotificationRepository {
  constructor(private readonly db: PlenaryDb) {}

  async addMentions(input: {
    userIds: string[];
    debateId: string;
    statementId: string;
    threadId: string;
    commentId: string;
    actorId: string;
  }): Promise<void> {
    if (input.userIds.length === 0) return;
    const now = new Date().toISOString();
    await this.db
      .insertInto('notifications')
      .values(
        input.userIds.map((userId) => ({
          user_id: userId,
          kind: 'mention' as const,
          debate_id: input.debateId,
          statement_id: input.statementId,
          thread_id: input.threadId,
          comment_id: input.commentId,
          actor_id: input.actorId,
          created_at: now,
          read_at: null,
        })),
      )
      .execute();
  }

  async addNotice(input: NoticeInput): Promise<void> {
    const userIds = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
    if (userIds.length === 0) return;
    const now = new Date().toISOString();
    await this.db
      .insertInto('notifications')
      .values(
        userIds.map((userId) => ({
          user_id: userId,
          kind: input.kind,
          debate_id: input.debateId,
          statement_id: input.statementId,
          thread_id: null,
          comment_id: null,
          actor_id: input.actorId,
          created_at: now,
          read_at: null,
          data: JSON.stringify({ excerpt: input.excerpt ?? '' }),
        })),
      )
      .execute();
  }

  async listFor(userId: string, limit = 50): Promise<NotificationRecord[]> {
    const rows = await this.db
      .selectFrom('notifications as n')
      .innerJoin('statements as s', 's.id', 'n.statement_id')
      .innerJoin('users as u', 'u.id', 'n.actor_id')
      .leftJoin('comments as c', 'c.id', 'n.comment_id')
      .select([
        'n.id',
        'n.kind',
        'n.debate_id',
        'n.statement_id',
        's.title',
        'n.thread_id',
        'n.comment_id',
        'u.display_name',
        'c.body',
        'c.deleted_at',
        'n.created_at',
        'n.read_at',
        'n.data',
      ])
      .where('n.user_id', '=', userId)
      .orderBy('n.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      debateId: row.debate_id,
      statementId: row.statement_id,
      statementTitle: row.title,
      threadId: row.thread_id,
      commentId: row.comment_id,
      actorName: row.display_name,
      excerpt:
        row.kind === 'mention'
          ? row.deleted_at
            ? ''
            : (row.body ?? '').slice(0, 200)
          : ((JSON.parse(row.data) as { excerpt?: string }).excerpt ?? '').slice(0, 400),
      createdAt: row.created_at,
      readAt: row.read_at,
    }));
  }

  /** Unread mentions per debate, for the debate page. */
  async unreadCount(userId: string, debateId?: string): Promise<number> {
    let query = this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (debateId) query = query.where('debate_id', '=', debateId);
    return Number((await query.executeTakeFirst())?.n ?? 0);
  }

  /** Returns false when the notification is not the user's. */
  async markRead(userId: string, id: number): Promise<boolean> {
    const result = await this.db
      .updateTable('notifications')
      .set({ read_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
