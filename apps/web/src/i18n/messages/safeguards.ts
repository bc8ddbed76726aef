// Workflow safeguards' screens that are not part of a statement's first load: the meter's
// details (spoken and written lengths), quoting from the library, correcting a library
// document, the new-debate step, the debate's settings and the deleted debates.
import { defineMessages } from '../catalogue';

export const t = defineMessages('safeguards', {
  delivery: {
    toggle: 'Written only (not spoken)',
    spokenOf: '{{time}} of {{limit}} min',
    spokenOver: '{{time}} · {{over}} over',
    spokenWords: '{{time}} · {{words}} words',
    writtenShort: '{{time}} written',
    spoken: 'Spoken',
    written: 'Written (full text)',
    length: '{{time}} · {{words}} words',
    notSpoken:
      'Not timed: header lines ({{header}}), headings ({{headings}}), written-only paragraphs ({{written}}).',
    howToMark:
      'Mark a paragraph written-only with {{shortcut}} or the toolbar: it is circulated in writing but not read out.',
    export_docx: 'Delivered version (.docx)',
    export_pdf: 'Delivered version (PDF)',
    exportNote: 'As read out: without the written-only paragraphs',
  },
  library: {
    edit: 'Edit details',
    editLabel: 'Edit the symbol, title and date of “{{title}}”',
    symbol: 'Document symbol',
    symbolHint: 'As printed on the document, e.g. S/2011/552. Citations use it.',
    title: 'Title',
    date: 'Date of issue',
    save: 'Save details',
    saving: 'Saving…',
    cancel: 'Cancel',
    titleMissing: 'Give the document its title.',
  },
  newDebate: {
    title: 'New debate',
    importTitle: 'Start from the concept note',
    importLead:
      'Plenary reads the theme, meeting details, objectives and discussion points; you review them, and the debate is created when you confirm.',
    fileLabel: 'Concept note for the new debate',
    filePrompt: 'Drop the concept note here',
    byHand: 'Or enter the details by hand',
    byHandLabel: 'New debate, details entered by hand',
    themeExample: 'e.g. Protection of civilians in armed conflict',
    bodyExample: 'e.g. Security Council',
    presidencyExample: 'e.g. Viet Nam',
  },
  settings: {
    title: 'Debate settings',
    limit: 'Speaking limit (minutes)',
    limitInvalid: 'Give the limit as whole minutes from 1 to 120, or leave it empty for none.',
    strict: 'Make the limit a rule',
    strictHint:
      'As a rule, a statement over the limit cannot be sent for review or submitted; otherwise drafters are warned and may go on.',
    salutation: 'The presidency’s representative',
    salutationUnknown: 'Not known yet',
    salutationMan: 'Mr. President',
    salutationWoman: 'Madam President',
    salutationHint: 'New statements open with this salutation.',
    save: 'Save settings',
    saving: 'Saving…',
    saved: 'Settings saved.',
    delete: 'Delete debate…',
    deleteTitle: 'Delete “{{theme}}”?',
    deleteText:
      'The debate goes to the Trash with its delegations, statements and library: nobody can open it meanwhile. You or another organizer can restore it from the Debates page for 30 days; then it is deleted for good.',
    deleteConfirm: 'Move to Trash',
    deleting: 'Deleting…',
  },
  deletedDebates: {
    title: 'Deleted debates',
    lead: 'Restorable for {{days}} days after deletion, with everything they held.',
    deleted: 'Deleted',
    restored: '“{{theme}}” restored.',
  },
});
