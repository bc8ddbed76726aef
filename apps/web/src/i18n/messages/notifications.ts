// The notifications' own words (what happened, in the bell's list and on the debate page).
// Apart from messages/comments.ts, which the header's bell needs at once, so that they load
// with the list.
import { defineMessages } from '../catalogue';

export const t = defineMessages('notifications', {
  notifications: {
    markAllRead: 'Mark all as read',
    empty:
      'When someone mentions you in a comment (@your name), or a statement you work on is sent back, deleted or reopened, it appears here.',
    unreadCount_one: '{{count}} unread notification',
    unreadCount_other: '{{count}} unread notifications',
    unread: ' (unread)',
    commentDeleted: 'Comment deleted',
    mentioned: 'mentioned you in',
    sentBack: 'sent back',
    deleted: 'moved to the Trash',
    reopened: 'reopened the submitted statement',
    outcomeCirculated: 'circulated a revision of',
    outcomeSilence: 'put under silence',
    outcomeSilenceBroken: 'broke silence on',
    outcomeAdopted: 'saw adopted',
    untitled: 'Untitled statement',
    someone: 'Someone',
  },
});
