import type { MouseEvent } from 'react';
import { RelativeTime } from '../ui/RelativeTime';
import type { MentionNotification } from './notificationsApi';
import { openThread, threadPath } from './threadLink';
import { markNotificationsRead } from './useNotifications';

interface MentionLinkProps {
  notification: MentionNotification;
  onOpened?: () => void;
}

/** One mention: who, in which statement, the start of what they wrote; opens the thread. */
export function MentionLink({ notification, onOpened }: MentionLinkProps) {
  const { id, statementId, threadId, actorName, statementTitle, excerpt, readAt } = notification;

  function open(event: MouseEvent<HTMLAnchorElement>): void {
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    markNotificationsRead([id]);
    if (modified || event.button !== 0) return;
    event.preventDefault();
    onOpened?.();
    openThread(statementId, threadId);
  }

  return (
    <a
      className="mention-link"
      href={threadPath(statementId, threadId)}
      data-unread={readAt ? undefined : true}
      onClick={open}
    >
      <span className="mention-link__line">
        <strong>{actorName}</strong> mentioned you in <em>{statementTitle}</em>
        {readAt ? null : <span className="visually-hidden"> (unread)</span>}
      </span>
      <span className="mention-link__excerpt">{excerpt || 'Comment deleted'}</span>
      <span className="mention-link__time">
        <RelativeTime iso={notification.createdAt} />
      </span>
    </a>
  );
}
