// What the statement page and the header show of comments and notifications at once: the
// comment button, the panel's toggle, the bell. The panel's words are in commentsPanel.ts,
// the notifications' in notifications.ts, loaded with them.
import { defineMessages } from '../catalogue';

export const t = defineMessages('comments', {
  bubble: {
    label: 'Comment',
    tooltip: 'Comment on the selected text ({{shortcut}})',
  },
  panel: {
    title: 'Comments',
    show: 'Show the comments ({{shortcut}} goes to the next one)',
    hide: 'Hide the comments ({{shortcut}} goes to the next one)',
    openCount: '{{count}} open',
  },
  draft: {
    selectFirst: 'Select the words you want to comment on, then choose Comment.',
  },
  thread: {
    none: 'There are no comments to go to.',
    position: 'Comment {{index}} of {{total}}. {{said}}',
  },
  notifications: {
    label: 'Notifications',
    labelUnread: 'Notifications, {{count}} unread',
  },
  errors: {
    comments: 'The comments could not be read.',
    notifications: 'Your notifications could not be read.',
  },
});
