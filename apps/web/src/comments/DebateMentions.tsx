import { MentionLink } from './MentionLink';
import { useNotifications } from './useNotifications';
import { t } from '../i18n/messages/notifications';

const SHOWN = 5;

interface DebateMentionsProps {
  debateId: string;
  /** The count the debate's page was loaded with, until the live list is in. */
  initialCount: number;
}

/** On a debate's page: the person's unread notifications (mentions, status notices) in it. */
export function DebateMentions({ debateId, initialCount }: DebateMentionsProps) {
  const { loaded, notifications } = useNotifications();
  const unread = notifications.filter((item) => item.debateId === debateId && !item.readAt);
  const count = loaded ? unread.length : initialCount;
  if (count === 0) return null;
  return (
    <section className="debate-mentions" aria-labelledby="debate-mentions-heading">
      <h2 id="debate-mentions-heading" className="debate-mentions__title">
        {t('notifications.unreadCount', { count })}
      </h2>
      {unread.length > 0 ? (
        <ul className="notifications__list">
          {unread.slice(0, SHOWN).map((notification) => (
            <li key={notification.id}>
              <MentionLink notification={notification} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
