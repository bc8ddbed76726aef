// The header's bell: how many notifications are unread, and the list of them in a popover
// (a disclosure: Escape or a click elsewhere closes it and focus returns to the bell).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import { MentionLink } from './MentionLink';
import { markNotificationsRead, useNotifications } from './useNotifications';
import { t } from '../i18n/messages/comments';

export function NotificationsBell() {
  const { notifications, unread, loaded, error } = useNotifications();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  }

  const unreadIds = notifications.filter((item) => !item.readAt).map((item) => item.id);
  const label =
    unread > 0 ? t('notifications.labelUnread', { count: unread }) : t('notifications.label');
  return (
    <div className="notifications" ref={root} onKeyDown={handleKeyDown}>
      <button
        ref={button}
        type="button"
        className="icon-button notifications__bell"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen(!open)}
      >
        <LineIcon name="bell" />
        {unread > 0 ? (
          <span className="notifications__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={popoverId}
          className="notifications__popover"
          role="region"
          aria-label={t('notifications.label')}
        >
          <div className="notifications__header">
            <h2 className="notifications__title">{t('notifications.label')}</h2>
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
                <MentionLink notification={notification} onOpened={() => setOpen(false)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
