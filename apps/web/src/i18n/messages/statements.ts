// The statements list: its page, rows, renaming and deleting, and the hints for newcomers.
import { defineMessages } from '../catalogue';

export const t = defineMessages('statements', {
  page: {
    document: 'Statements — Plenary',
    title: 'Statements',
    lead: 'Drafts of your delegations. Everyone who drafts for a delegation can write together.',
    all: 'All statements',
    retry: 'Try again',
    loading: 'Loading statements…',
    emptyTitle: 'No statements yet',
    empty: 'Statements you draft, review or read will be listed here.',
  },
  picker: {
    withTheme: '{{delegation}} — {{theme}}',
    forOne: 'For {{delegation}}',
    for: 'For',
  },
  row: {
    updated: 'Updated {{when}}',
    renameLabel: 'Rename “{{title}}”',
    rename: 'Rename',
    deleteLabel: 'Delete “{{title}}”',
    delete: 'Delete',
  },
  rename: {
    label: 'New title',
    saving: 'Saving…',
    save: 'Save',
    cancel: 'Cancel',
  },
  delete: {
    submittedTitle: 'This statement was submitted',
    submitted:
      '{{title}} was submitted to the organizer and is part of the debate’s submissions, so it cannot be deleted.',
    withdraw:
      'To withdraw it, open it and choose {{reopen}} (the organizer is told); then it can be deleted.',
    reopen: 'Reopen',
    close: 'Close',
    title: 'Delete this statement?',
    confirm: 'Move to Trash',
    busy: 'Deleting…',
    consequences:
      '{{title}} will close for everyone working on it and go to the debate’s Trash, with its text, comments and versions. Drafters of the delegation and the organizers can restore it from there for 30 days.',
  },
  hint: {
    reviewer:
      'You review for your delegation: its drafters start the statements, which appear below. Open one to suggest changes or comment, then clear it or send it back with what needs to change.',
    viewer:
      'You can read your delegation’s statements, which appear below as its drafters start them.',
    organizer:
      'You organize debates; delegations write the statements. Add delegations and invite their drafters on {{link}}; submitted statements appear there.',
    organizerLink: 'your debates',
    none: 'You do not belong to a delegation yet. Ask your debate’s organizer for an invitation, or {{link}}.',
    noneLink: 'start a debate',
  },
});
