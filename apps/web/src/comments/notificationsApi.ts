// The signed-in person's notifications: mentions, and status notices (a statement sent back,
// deleted or reopened): who, where, and whether it has been read.
import { NotificationList } from '@plenary/api';
import { apiCall, apiRequest } from '../api/apiRequest';

export type { NotificationList } from '@plenary/api';
export type MentionNotification = NotificationList['notifications'][number];
export type NotificationKind = MentionNotification['kind'];

export const notificationsApi = {
  list(signal?: AbortSignal): Promise<NotificationList> {
    return apiCall(NotificationList, '/notifications', { signal });
  },

  async markRead(id: number): Promise<void> {
    await apiRequest(`/notifications/${id}/read`, { method: 'POST' });
  },
};
