import type { CommentsTable, CommentThreadsTable } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import { transact } from './transact.js';

export interface CommentRecord {
  id: string;
  threadId: string;
  authorId: string;
  authorName: string;
  /** Empty once deleted: the stub keeps its place in the thread. */
  body: string;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface ThreadRecord {
  id: string;
  statementId: string;
  anchor: { start: string; end: string };
  quote: string;
  status: 'open' | 'resolved';
  createdBy: string;
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  comments: CommentRecord[];
}

type CommentRow = CommentsTable & { author_name: string };

const toComment = (row: CommentRow): CommentRecord => ({
  id: row.id,
  threadId: row.thread_id,
  authorId: row.author_id,
  authorName: row.author_name,
  body: row.deleted_at ? '' : row.body,
  mentions: row.deleted_at ? [] : (JSON.parse(row.mentions) as string[]),
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
});

const toThread = (row: CommentThreadsTable, comments: CommentRecord[]): ThreadRecord => ({
  id: row.id,
  statementId: row.statement_id,
  anchor: { start: row.anchor_start, end: row.anchor_end },
  quote: row.quote,
  status: row.status,
  createdBy: row.created_by,
  createdAt: row.created_at,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
  comments,
});

/** Comment threads and their comments. Text lives here, not in the Y.Doc, so it is authorized. */
export class CommentRepository {
  constructor(private readonly db: PlenaryDb) {}

  async createThread(input: {
    id: string;
    statementId: string;
    anchor: { start: string; end: string };
    quote: string;
    createdBy: string;
    comment: { id: string; body: string; mentions: string[] };
  }): Promise<ThreadRecord> {
    const now = new Date().toISOString();
    await transact(this.db, async (trx) => {
      await trx
        .insertInto('comment_threads')
        .values({
          id: input.id,
          statement_id: input.statementId,
          anchor_start: input.anchor.start,
          anchor_end: input.anchor.end,
          quote: input.quote,
          status: 'open',
          created_by: input.createdBy,
          created_at: now,
          resolved_by: null,
          resolved_at: null,
        })
        .execute();
      await trx
        .insertInto('comments')
        .values(this.commentRow(input.id, input.createdBy, input.comment, now))
        .execute();
    });
    return (await this.thread(input.id))!;
  }

  async addComment(
    threadId: string,
    authorId: string,
    comment: { id: string; body: string; mentions: string[] },
  ): Promise<void> {
    await this.db
      .insertInto('comments')
      .values(this.commentRow(threadId, authorId, comment, new Date().toISOString()))
      .execute();
  }

  private commentRow(
    threadId: string,
    authorId: string,
    comment: { id: string; body: string; mentions: string[] },
    now: string,
  ): CommentsTable {
    return {
      id: comment.id,
      thread_id: threadId,
      author_id: authorId,
      body: comment.body,
      mentions: JSON.stringify(comment.mentions),
      created_at: now,
      edited_at: null,
      deleted_at: null,
      deleted_by: null,
    };
  }

  async editComment(id: string, body: string, mentions: string[]): Promise<void> {
    await this.db
      .updateTable('comments')
      .set({ body, mentions: JSON.stringify(mentions), edited_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Moves the comment to the Trash: the thread shows a stub, the text is kept for restoring. */
  async deleteComment(id: string, deletedBy: string): Promise<boolean> {
    const result = await this.db
      .updateTable('comments')
      .set({ deleted_at: new Date().toISOString(), deleted_by: deletedBy })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async restoreComment(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('comments')
      .set({ deleted_at: null, deleted_by: null })
      .where('id', '=', id)
      .where('deleted_at', 'is not', null)
      .where('body', '<>', '')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Comments in the Trash on these statements, with their kept text (`body`). */
  async trashOf(statementIds: string[]): Promise<(CommentRecord & { statementId: string })[]> {
    if (statementIds.length === 0) return [];
    const rows = await this.commentQuery()
      .innerJoin('comment_threads', 'comment_threads.id', 'comments.thread_id')
      .select('comment_threads.statement_id')
      .where('comment_threads.statement_id', 'in', statementIds)
      .where('comments.deleted_at', 'is not', null)
      .where('comments.body', '<>', '')
      .orderBy('comments.deleted_at', 'desc')
      .execute();
    return rows.map((row) => ({
      ...toComment(row),
      body: row.body,
      statementId: row.statement_id,
    }));
  }

  /** Erases the kept text of comments deleted before `cutoff`; their stubs stay in the thread. */
  async purgeBefore(cutoff: string): Promise<number> {
    const result = await this.db
      .updateTable('comments')
      .set({ body: '', mentions: '[]' })
      .where('deleted_at', '<', cutoff)
      .where('body', '<>', '')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async setStatus(threadId: string, status: 'open' | 'resolved', userId: string): Promise<void> {
    const resolved = status === 'resolved';
    await this.db
      .updateTable('comment_threads')
      .set({
        status,
        resolved_by: resolved ? userId : null,
        resolved_at: resolved ? new Date().toISOString() : null,
      })
      .where('id', '=', threadId)
      .execute();
  }

  async comment(id: string): Promise<CommentRecord | undefined> {
    const row = await this.commentQuery().where('comments.id', '=', id).executeTakeFirst();
    return row && toComment(row);
  }

  async thread(id: string): Promise<ThreadRecord | undefined> {
    const row = await this.db
      .selectFrom('comment_threads')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const comments = await this.commentQuery()
      .where('comments.thread_id', '=', id)
      .orderBy('comments.created_at')
      .orderBy('comments.id')
      .execute();
    return toThread(row, comments.map(toComment));
  }

  async threadsOf(statementId: string): Promise<ThreadRecord[]> {
    const rows = await this.db
      .selectFrom('comment_threads')
      .selectAll()
      .where('statement_id', '=', statementId)
      .orderBy('created_at')
      .execute();
    if (rows.length === 0) return [];
    const comments = await this.commentQuery()
      .where(
        'comments.thread_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('comments.created_at')
      .orderBy('comments.id')
      .execute();
    return rows.map((row) =>
      toThread(row, comments.filter((c) => c.thread_id === row.id).map(toComment)),
    );
  }

  private commentQuery() {
    return this.db
      .selectFrom('comments')
      .innerJoin('users', 'users.id', 'comments.author_id')
      .selectAll('comments')
      .select('users.display_name as author_name');
  }
}
