// The clearance workflow: the status bar and its badge. The readiness checks and the
// dialogs before a status change load with them, from messages/workflowDialogs.ts.
import { defineMessages } from '../catalogue';

export const t = defineMessages('workflow', {
  status: {
    draft: 'Draft',
    in_review: 'In review',
    cleared: 'Cleared',
    submitted: 'Submitted',
  },
  next: {
    draft: {
      drafter: 'Send it for review when the text is ready.',
      all: 'The drafters are writing.',
    },
    in_review: {
      drafter: 'Waiting for a reviewer. The text can still change.',
      reviewer: 'Read it, then clear it or send it back.',
      all: 'Waiting for a reviewer.',
    },
    cleared: {
      drafter: 'Ready to submit. Any edit returns it to draft.',
      all: 'Cleared for submission. Any edit returns it to draft.',
    },
    submitted: {
      drafter: 'Frozen for everyone. Reopen to start revision {{revision}}.',
      all: 'Frozen for everyone.',
    },
  },
  actions: {
    send_for_review: 'Send for review',
    clear: 'Clear',
    send_back: 'Send back…',
    submit: 'Submit…',
    reopen: 'Reopen…',
  },
  revision: 'revision {{revision}}',
  bar: {
    label: 'Status and review',
    editedAfterClearance: 'Edited after clearance',
    seeChanges: 'see changes',
    working: 'Working…',
    announce: 'Status: {{status}}',
  },
  sentBack: {
    label: 'Sent back',
    by: 'Sent back by {{name}} {{when}}:',
    aReviewer: 'a reviewer',
  },
});
