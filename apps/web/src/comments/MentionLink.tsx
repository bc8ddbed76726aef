import type { MouseEvent } from 'react';
import { debatePath, navigate, outcomePath, statementPath } from '../routing/useRoute';
import { RelativeTime } from '../ui/RelativeTime';
import type { MentionNotification } from './notificationsApi';
import { openThread, threadPath } from './threadLink';
import { markNotificationsRead } from './useNotifications';
import { t } from '../i18n/messages/notifications';

interface MentionLinkProps {
  notification: MentionNotification;
  onOpened?: () => void;
}

const VERB = {
  mention: 'notifications.mentioned',
  sent_back: 'notifications.sentBack',
  statement_deleted: 'notifications.deleted',
  statement_reopened: 'notifications.reopened',
  outcome_circulated: 'notifications.outcomeCirculated',
  outcome_silence: 'notifications.outcomeSilence',
  outcome_silence_broken: 'notifications.outcomeSilenceBroken',
  outcome_adopted: 'notifications.outcomeAdopted',
} as const;

/** Where a notification leads: the thread, the statement, or the debate (its Trash). */
function target(notification: MentionNotification): string {
  const { kind, statementId, threadId, debateId } = notification;
  if (kind === 'mention' && threadId) return threadPath(statementId, threadId);
  if (kind === 'sent_back') return statementPath(statementId);
  if (kind.startsWith('outcome_')) return outcomePath(debateId);
  return `${debatePath(debateId)}${kind === 'statement_deleted' ? '#trash' : ''}`;
}

/** One notification: who did what to which statement, and their words; opens it. */
export function MentionLink({ notification, onOpened }: MentionLinkProps) {
  const { id, kind, statementId, threadId, actorName, statementTitle, excerpt, readAt } =
    notification;
  const href = target(notification);

  function open(event: MouseEvent<HTMLAnchorElement>): void {
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    markNotificationsRead([id]);
    if (modified || event.button !== 0) return;
    event.preventDefault();
    onOpened?.();
    if (kind === 'mention' && threadId) openThread(statementId, threadId);
    else navigate(href);
  }

  const detail =
    kind === 'mention'
      ? excerpt || t('notifications.commentDeleted')
      : kind === 'sent_back'
        ? excerpt
        : null;
  return (
    <a className="mention-link" href={href} data-unread={readAt ? undefined : true} onClick={open}>
      <span className="mention-link__line">
        <strong>{actorName}</strong> {t(VERB[kind])} <em>{statementTitle}</em>
        {readAt ? null : <span className="visually-hidden">{t('notifications.unread')}</span>}
      </span>
      {detail ? <span className="mention-link__excerpt">{detail}</span> : null}
      <span className="mention-link__time">
        <RelativeTime iso={notification.createdAt} />
      </span>
    </a>
  );
}
