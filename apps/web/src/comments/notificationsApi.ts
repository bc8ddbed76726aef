// The signed-in person's mentions: who mentioned them, where, and whether it has been read.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export interface MentionNotification {
  id: number;
  debateId: string;
  statementId: string;
  statementTitle: string;
  threadId: string;
  commentId: string;
  actorName: string;
  /** The start of the comment, plain text; empty when the comment was deleted since. */
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
  if (typeof value.statementId !== 'string' || typeof value.threadId !== 'string') return null;
  return {
    id: value.id,
    debateId: text(value.debateId),
    statementId: value.statementId,
    statementTitle: text(value.statementTitle) || 'Untitled statement',
    threadId: value.threadId,
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
