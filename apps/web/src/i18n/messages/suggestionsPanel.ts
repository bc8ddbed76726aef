// The suggestions panel beside the statement: one card per suggestion, accepting and
// rejecting one or all. Apart from messages/suggestions.ts so that it loads with the panel.
import { defineMessages } from '../catalogue';

export const t = defineMessages('suggestionsPanel', {
  formerMember: 'A former member',
  accepted_one: 'Accepted one suggestion.',
  accepted_other: 'Accepted {{count}} suggestions.',
  rejected_one: 'Rejected one suggestion.',
  rejected_other: 'Rejected {{count}} suggestions.',
  askAccept_one: 'Accept the suggestion{{whose}}? The text before is kept in the history.',
  askAccept_other:
    'Accept all {{count}} suggestions{{whose}}? The text before is kept in the history.',
  askReject_one: 'Reject the suggestion{{whose}}? The text before is kept in the history.',
  askReject_other:
    'Reject all {{count}} suggestions{{whose}}? The text before is kept in the history.',
  by: ' by {{name}}',
  title: 'Suggestions',
  close: 'Close',
  from: 'From',
  everyone: 'everyone',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  confirm: 'Confirm',
  yes_accept: 'Yes, accept',
  yes_reject: 'Yes, reject',
  cancel: 'Cancel',
  none: 'No open suggestions.',
  accept: 'Accept',
  reject: 'Reject',
  reply: 'Reply',
  replace: 'Replace {{deleted}} with {{inserted}}',
  add: 'Add {{inserted}}',
  delete: 'Delete {{deleted}}',
  quote: '“{{text}}”',
});
