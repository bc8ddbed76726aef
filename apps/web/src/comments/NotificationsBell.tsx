// The header's bell: how many notifications are unread, and the list of them in a popover
// (a disclosure: Escape or a click elsewhere closes it and focus returns to the bell). The
// popover's content is ./NotificationsPopover.tsx.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { LineIcon } from '../ui/LineIcon';
import { lazyDialog } from '../ui/lazyDialog';
import { useNotifications } from './useNotifications';
import { t } from '../i18n/messages/comments';

/** The list, with the words and links of each notification, loads when the bell is opened. */
const NotificationsPopover = lazyDialog(
  () => import('./NotificationsPopover'),
  'NotificationsPopover',
  () => true,
);

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
        <NotificationsPopover
          id={popoverId}
          notifications={notifications}
          loaded={loaded}
          error={error}
          onOpened={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
