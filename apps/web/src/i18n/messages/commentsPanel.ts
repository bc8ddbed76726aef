// The comments panel's own words (threads, the composer, filters, deleting). Apart from
// messages/comments.ts, which the statement page needs at once, so that they load with the panel.
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
  panel: {
    emptyOpen: 'No open comments.',
    emptyResolved: 'No resolved comments.',
    emptyAll: 'No comments yet.',
    emptyMentions: 'Nobody has mentioned you here.',
    close: 'Close the comments',
    helpComment: 'Select text and press {{key}} to comment. ',
    helpReadOnly: 'You can read the comments; your role does not include commenting. ',
    helpSteps: '{{next}} and {{previous}} go to the next and previous comment.',
  },
  composer: {
    tooLong: 'A comment can be at most {{max}} characters. Split it into several.',
    length: '{{length}} / {{max}} characters',
    hint: '@ to mention · {{shortcut}} to send',
    cancel: 'Cancel',
    sending: 'Sending…',
  },
  item: {
    edit: 'Edit',
    delete: 'Delete',
    deleteLabel: 'Delete the comment by {{name}}',
    editLabel: 'Edit your comment',
    save: 'Save',
  },
  filter: {
    label: 'Show comments',
    open: 'Open',
    resolved: 'Resolved',
    all: 'All',
    mentions: 'Mentions me',
  },
  draft: {
    label: 'Comment on the selected text',
    submit: 'Comment',
    placeholder: 'Add a comment… (@ to mention someone)',
  },
  thread: {
    label: 'Comment on “{{quote}}”',
    textDeleted: 'Text deleted',
    showText: 'Show this text in the statement',
    reopen: 'Reopen',
    resolve: 'Resolve',
    resolved: 'Resolved',
    resolvedBy: 'Resolved by {{name}}',
    replyLabel: 'Reply to the comment on “{{quote}}”',
    reply: 'Reply',
    replyPlaceholder: 'Reply…',
    continueReply: 'Continue your reply',
  },
  deleteDialog: {
    title: 'Delete this comment?',
    confirm: 'Delete comment',
    busy: 'Deleting…',
  },
});
