// Comment threads as the server sends them (REST and socket.io), checked on arrival so
// the panel and the highlights can trust every field they read.
import type { EncodedAnchor } from '@plenary/statement-model';
import { ApiError } from '../api/ApiError';
import { isRecord } from '../api/apiRequest';

export interface ThreadComment {
  id: string;
  threadId: string;
  authorId: string;
  authorName: string;
  /** Plain text, never HTML; empty once deleted. */
  body: string;
  /** Ids of the people mentioned as `@Display Name` in the body. */
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface Thread {
  id: string;
  statementId: string;
  anchor: EncodedAnchor;
  /** The commented text when the thread was started. */
  quote: string;
  status: 'open' | 'resolved';
  createdBy: string;
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  /** All of the commented text has been deleted (as the server last saw the document). */
  orphaned: boolean;
  comments: ThreadComment[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const invalid = () =>
  new ApiError('response.invalid', 'A comment thread could not be read. Please reload.', 200);

function parseComment(value: unknown): ThreadComment {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.authorId !== 'string') {
    throw invalid();
  }
  const mentions = Array.isArray(value.mentions)
    ? value.mentions.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    id: value.id,
    threadId: text(value.threadId) ?? '',
    authorId: value.authorId,
    authorName: text(value.authorName) ?? 'Someone',
    body: text(value.body) ?? '',
    mentions,
    createdAt: text(value.createdAt) ?? '',
    editedAt: text(value.editedAt),
    deletedAt: text(value.deletedAt),
  };
}

export function parseThread(value: unknown): Thread {
  if (!isRecord(value) || typeof value.id !== 'string' || !isRecord(value.anchor)) {
    throw invalid();
  }
  const { start, end } = value.anchor;
  if (typeof start !== 'string' || typeof end !== 'string') throw invalid();
  return {
    id: value.id,
    statementId: text(value.statementId) ?? '',
    anchor: { start, end },
    quote: text(value.quote) ?? '',
    status: value.status === 'resolved' ? 'resolved' : 'open',
    createdBy: text(value.createdBy) ?? '',
    createdAt: text(value.createdAt) ?? '',
    resolvedBy: text(value.resolvedBy),
    resolvedAt: text(value.resolvedAt),
    orphaned: value.orphaned === true,
    comments: Array.isArray(value.comments) ? value.comments.map(parseComment) : [],
  };
}

/** The `{ thread }` answer of every thread command. */
export function threadOf(payload: unknown): Thread {
  return parseThread(isRecord(payload) ? payload.thread : undefined);
}
