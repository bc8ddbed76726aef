// The signed-in person's notifications: mentions, and status notices (a statement sent back,
// deleted or reopened): who, where, and whether it has been read.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export type NotificationKind = 'mention' | 'sent_back' | 'statement_deleted' | 'statement_reopened';
const KINDS: readonly unknown[] = [
  'mention',
  'sent_back',
  'statement_deleted',
  'statement_reopened',
];

export interface MentionNotification {
  id: number;
  kind: NotificationKind;
  debateId: string;
  statementId: string;
  statementTitle: string;
  /** Mentions only. */
  threadId: string | null;
  commentId: string;
  actorName: string;
  /** The start of the comment (empty once deleted), or a send-back's reason. */
  excerpt: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  notifications: MentionNotification[];
  unread: number;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function parseNotification(value: unknown): MentionNotification | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null;
  const kind = KINDS.includes(value.kind) ? (value.kind as NotificationKind) : 'mention';
  if (typeof value.statementId !== 'string') return null;
  if (kind === 'mention' && typeof value.threadId !== 'string') return null;
  return {
    id: value.id,
    kind,
    debateId: text(value.debateId),
    statementId: value.statementId,
    statementTitle: text(value.statementTitle) || 'Untitled statement',
    threadId: typeof value.threadId === 'string' ? value.threadId : null,
    commentId: text(value.commentId),
    actorName: text(value.actorName) || 'Someone',
    excerpt: text(value.excerpt),
    createdAt: text(value.createdAt),
    readAt: typeof value.readAt === 'string' ? value.readAt : null,
  };
}

export const notificationsApi = {
  async list(signal?: AbortSignal): Promise<NotificationList> {
    const payload = await apiRequest('/notifications', { signal });
    if (!isRecord(payload) || !Array.isArray(payload.notifications))
      throw new ApiError('response.invalid', 'Your notifications could not be read.', 200);
    const notifications = payload.notifications
      .map(parseNotification)
      .filter((item): item is MentionNotification => item !== null);
    const unread =
      typeof payload.unread === 'number'
        ? payload.unread
        : notifications.filter((item) => !item.readAt).length;
    return { notifications, unread };
  },

  async markRead(id: number): Promise<void> {
    await apiRequest(`/notifications/${id}/read`, { method: 'POST' });
  },
};
