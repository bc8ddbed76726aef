// The bell's popover (./NotificationsBell.tsx): the person's notifications, newest first,
// each a link to what it is about, and "mark all as read".
import { ErrorNotice } from '../ui/ErrorNotice';
import { MentionLink } from './MentionLink';
import type { MentionNotification } from './notificationsApi';
import { markNotificationsRead } from './useNotifications';
import { t as bellText } from '../i18n/messages/comments';
import { t } from '../i18n/messages/notifications';

interface NotificationsPopoverProps {
  id: string;
  notifications: MentionNotification[];
  loaded: boolean;
  error: string | null;
  /** A notification was followed: the popover closes. */
  onOpened: () => void;
}

export function NotificationsPopover(props: NotificationsPopoverProps) {
  const { id, notifications, loaded, error, onOpened } = props;
  const unreadIds = notifications.filter((item) => !item.readAt).map((item) => item.id);
  return (
    <div
      id={id}
      className="notifications__popover"
      role="region"
      aria-label={bellText('notifications.label')}
    >
      <div className="notifications__header">
        <h2 className="notifications__title">{bellText('notifications.label')}</h2>
        {unreadIds.length > 0 ? (
          <button
            type="button"
            className="text-button"
            onClick={() => markNotificationsRead(unreadIds)}
          >
            {t('notifications.markAllRead')}
          </button>
        ) : null}
      </div>
      <ErrorNotice message={error} />
      {loaded && notifications.length === 0 ? (
        <p className="notifications__empty">{t('notifications.empty')}</p>
      ) : null}
      <ul className="notifications__list">
        {notifications.map((notification) => (
          <li key={notification.id}>
            <MentionLink notification={notification} onOpened={onOpened} />
          </li>
        ))}
      </ul>
    </div>
  );
}
