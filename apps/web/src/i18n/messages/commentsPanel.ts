// The comments panel's own words (a thread's comments, loading, deleting). Apart from
// messages/comments.ts, which the page header needs at once, so that they load with the panel.
import { defineMessages } from '../catalogue';

export const t = defineMessages('commentsPanel', {
  deleted: 'Comment deleted {{when}}',
  edited: ' · edited',
  editedAt: 'Edited {{when}}',
  loading: 'Loading the comments…',
  threads: 'Comment threads',
  mentionList: 'People to mention',
  newComment: 'New comment',
  deleteBody:
    'Your comment will be replaced by “Comment deleted” for everyone; the rest of the thread stays. It goes to the debate’s Trash, where you (or a drafter of your delegation) can restore it for 30 days.',
});
