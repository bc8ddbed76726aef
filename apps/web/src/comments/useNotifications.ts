// The signed-in person's mentions, shared by the header's bell, the debate page and the
// editor. Loaded while anything shows them; fetched again, under the query key
// ['notifications'], when the server says there is a new one and after a reconnection.
import { useSyncExternalStore } from 'react';
import { errorMessage } from '../api/ApiError';
import { showQuery } from '../api/queryKeys';
import { withAppSocket } from '../realtime/appSocket';
import { notificationsApi, type MentionNotification } from './notificationsApi';

export interface NotificationsSnapshot {
  loaded: boolean;
  notifications: MentionNotification[];
  unread: number;
  error: string | null;
}

const INITIAL: NotificationsSnapshot = { loaded: false, notifications: [], unread: 0, error: null };

let snapshot = INITIAL;
let generation = 0;
let detach: (() => void) | null = null;
const listeners = new Set<() => void>();

function publish(next: NotificationsSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

function refresh(): void {
  const current = (generation += 1);
  notificationsApi.list().then(
    ({ notifications, unread }) => {
      if (current === generation) publish({ loaded: true, notifications, unread, error: null });
    },
    (failure: unknown) => {
      if (current === generation) publish({ ...snapshot, error: errorMessage(failure) });
    },
  );
}

function attach(): () => void {
  refresh();
  // Shown as a query, so that `notification:created` and reconnections reload it.
  const hide = showQuery(['notifications'], refresh, true);
  const stop = withAppSocket(({ socket }) => {
    // The server drops sockets on sign-out; a new session needs a new connection.
    if (!socket.connected) socket.connect();
    return () => undefined;
  });
  return () => {
    hide();
    stop();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) detach = attach();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    detach?.();
    detach = null;
    // Whoever signs in next must not glimpse this person's mentions.
    generation += 1;
    snapshot = INITIAL;
  };
}

export function useNotifications(): NotificationsSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** Marks mentions read at once on screen, then on the server. */
export function markNotificationsRead(ids: number[]): void {
  const wanted = new Set(ids);
  const fresh = snapshot.notifications.filter((item) => wanted.has(item.id) && !item.readAt);
  if (fresh.length === 0) return;
  const readAt = new Date().toISOString();
  publish({
    ...snapshot,
    notifications: snapshot.notifications.map((item) =>
      wanted.has(item.id) && !item.readAt ? { ...item, readAt } : item,
    ),
    unread: Math.max(0, snapshot.unread - fresh.length),
  });
  Promise.all(fresh.map((item) => notificationsApi.markRead(item.id))).catch(refresh);
}

/** Marks read every mention in a thread the person has just opened. */
export function markThreadRead(threadId: string): void {
  markNotificationsRead(
    snapshot.notifications.filter((item) => item.threadId === threadId).map((item) => item.id),
  );
}
