// The debate's Trash and the notice after deleting a statement.
import { defineMessages } from '../catalogue';

export const t = defineMessages('trash', {
  kinds: {
    statement: 'Statement',
    reference: 'Reference document',
    comment: 'Comment',
  },
  restored: '{{kind}} “{{label}}” restored.',
  title: 'Trash',
  lead: 'Deleted items stay here for {{days}} days, then they are removed for good.',
  empty: 'The Trash is empty.',
  on: 'On “{{context}}” · ',
  deleted: 'Deleted {{when}} · removed for good {{purge}}',
  restoring: 'Restoring…',
  restore: 'Restore',
  comment: '{{author}}: “{{body}}”',
  moved: '{{title}} moved to the {{trash}}.',
  debateTrash: 'debate’s Trash',
  undo: 'Undo',
  dismiss: 'Dismiss',
  unreadable: 'The Trash could not be read.',
});
